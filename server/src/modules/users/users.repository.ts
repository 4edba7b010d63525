import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { AssigneeOption, DeviceToken, Page, TechnicianOption, User } from '@contract';
import type { UserListQuery } from '@contract';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import { afterTextKey, keysetPage } from '../../shared/cursor';
import { byCodePoint } from '../../shared/dialect';
import { likePrefix } from '../../shared/text';

type ListQuery = z.output<typeof UserListQuery>;

function usersWithVan(db: Kysely<Database>) {
  return db
    .selectFrom('users')
    .leftJoin('depots', (join) => join.onRef('depots.ownerId', '=', 'users.id').on('depots.kind', '=', 'van'))
    .select([
      'users.id',
      'users.email',
      'users.displayName',
      'users.role',
      'users.phone',
      'users.locale',
      'users.isActive',
      'users.lastSignInAt',
      'users.createdAt',
      'users.updatedAt',
      'users.version',
      'depots.id as depotId',
      'depots.name as depotName',
    ]);
}

type UserListRow = Awaited<ReturnType<ReturnType<typeof usersWithVan>['execute']>>[number];

export function toUser(row: UserListRow): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    phone: row.phone,
    locale: row.locale,
    active: Number(row.isActive) === 1,
    lastSignInAt: row.lastSignInAt,
    vanDepot: row.depotId && row.depotName ? { id: row.depotId, name: row.depotName } : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: Number(row.version),
  };
}

export async function findUser(db: Kysely<Database>, id: string): Promise<User | undefined> {
  const row = await usersWithVan(db).where('users.id', '=', id).executeTakeFirst();
  return row ? toUser(row) : undefined;
}

/**
 * Sorted by name then id (keyset over users_name_id, or users_role_name_id within a role).
 * `q` is a prefix of the name (as typed, or capitalised) or of the email (stored lower-case).
 */
export async function listUsers(db: Kysely<Database>, query: ListQuery): Promise<Page<User>> {
  const name = byCodePoint(db, 'users.displayName');
  const conditions: RawBuilder<boolean>[] = [];
  if (query.role) conditions.push(sql<boolean>`${sql.ref('users.role')} = ${query.role}`);
  if (query.active) conditions.push(sql<boolean>`${sql.ref('users.isActive')} = ${query.active === 'true' ? 1 : 0}`);
  if (query.q) {
    const typed = query.q;
    const capitalised = typed.charAt(0).toUpperCase() + typed.slice(1);
    conditions.push(sql<boolean>`(${name} like ${likePrefix(typed)} escape '\\'
      or ${name} like ${likePrefix(capitalised)} escape '\\'
      or ${sql.ref('users.email')} like ${likePrefix(typed.toLowerCase())} escape '\\')`);
  }
  let page = usersWithVan(db);
  let count = db.selectFrom('users').select((eb) => eb.fn.countAll().as('n'));
  for (const condition of conditions) {
    page = page.where(condition);
    count = count.where(condition);
  }
  if (query.cursor) page = page.where(afterTextKey(query.cursor, name, 'users.id'));
  const rows = await page.orderBy(name).orderBy('users.id').limit(query.limit + 1).execute();
  const { items, nextCursor } = keysetPage(rows, query.limit, (last) => [last.displayName, last.id]);
  const counted = await count.executeTakeFirstOrThrow();
  return {
    items: items.map(toUser),
    total: Number(counted.n),
    nextCursor,
  };
}

/** Active technicians by name, for pickers of other features. */
export async function listTechnicians(db: Kysely<Database>): Promise<TechnicianOption[]> {
  const rows = await db
    .selectFrom('users')
    .leftJoin('depots', (join) => join.onRef('depots.ownerId', '=', 'users.id').on('depots.kind', '=', 'van'))
    .select(['users.id', 'users.displayName', 'depots.id as depotId'])
    .where('users.role', '=', 'technician')
    .where('users.isActive', '=', 1)
    .orderBy(byCodePoint(db, 'users.displayName'))
    .orderBy('users.id')
    .execute();
  return rows.map((r) => ({ id: r.id, displayName: r.displayName, hasVanDepot: r.depotId !== null }));
}

/** Active supervisors and administrators, by name: whom a reserve may be assigned to. */
export async function listAssignees(db: Kysely<Database>): Promise<AssigneeOption[]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'displayName', 'role'])
    .where('role', 'in', ['admin', 'supervisor'])
    .where('isActive', '=', 1)
    .orderBy(byCodePoint(db, 'displayName'))
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, displayName: r.displayName, role: r.role as AssigneeOption['role'] }));
}

/** Live tokens first, newest first within each group. */
export async function listDeviceTokens(db: Kysely<Database>, userId: string): Promise<DeviceToken[]> {
  const rows = await db
    .selectFrom('deviceTokens')
    .select(['id', 'deviceName', 'createdAt', 'lastUsedAt', 'revokedAt'])
    .where('userId', '=', userId)
    .orderBy('createdAt', 'desc')
    .orderBy('id')
    .execute();
  return [...rows.filter((r) => r.revokedAt === null), ...rows.filter((r) => r.revokedAt !== null)];
}
