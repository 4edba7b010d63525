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
