import type { Kysely, Selectable } from 'kysely';
import type { SessionUser } from '@contract';
import type { Database, UsersTable } from '../db/database';
import { nowIso } from '../shared/clock';

export type UserRow = Selectable<UsersTable>;

export function toSessionUser(row: Pick<UserRow, 'id' | 'email' | 'displayName' | 'role' | 'locale' | 'theme'>): SessionUser {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    locale: row.locale,
    theme: row.theme,
  };
}

export async function findUserByEmail(db: Kysely<Database>, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
}

export async function findUserById(db: Kysely<Database>, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The fields a new user's row is made of; the rest starts the same for everyone. */
export type NewUserRow = Pick<UserRow, 'email' | 'passwordHash' | 'displayName' | 'role' | 'isActive' | 'locale' | 'phone'>;

/** Writes a new user's row (the users module's create, and the test kit): version 1, no sign-in yet. */
export async function insertUserRow(db: Kysely<Database>, user: NewUserRow): Promise<string> {
  const id = crypto.randomUUID();
  const now = nowIso();
  await db
    .insertInto('users')
    .values({ ...user, id, theme: 'system', preferences: '{}', lastSignInAt: null, createdAt: now, updatedAt: now, version: 1 })
    .execute();
  return id;
}

export async function markSignedIn(db: Kysely<Database>, userId: string, at: string): Promise<void> {
  await db.updateTable('users').set({ lastSignInAt: at }).where('id', '=', userId).execute();
}

export async function updatePreferences(
  db: Kysely<Database>,
  userId: string,
  changes: { locale?: UserRow['locale']; theme?: UserRow['theme'] },
): Promise<UserRow> {
  return db
    .updateTable('users')
    .set((eb) => ({ ...changes, updatedAt: nowIso(), version: eb('version', '+', 1) }))
    .where('id', '=', userId)
    .returningAll()
    .executeTakeFirstOrThrow();
}
