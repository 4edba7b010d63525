import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { randomSecret, sha256 } from './secrets';
import type { UserRow } from './users.repository';

export interface SessionLimits {
  idleMinutes: number;
  absoluteHours: number;
}

export interface NewSession {
  /** The cookie value: given to the browser once, only its hash is stored. */
  cookieValue: string;
  sessionId: string;
  csrfToken: string;
  expiresAt: string;
}

export async function createSession(
  db: Kysely<Database>,
  input: { userId: string; ip: string | null; userAgent: string | null; limits: SessionLimits },
): Promise<NewSession> {
  const cookieValue = randomSecret();
  const now = new Date();
  const session = {
    id: sha256(cookieValue),
    userId: input.userId,
    csrfToken: randomSecret(),
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + input.limits.absoluteHours * 3_600_000).toISOString(),
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
  };
  await db.insertInto('sessions').values(session).execute();
  return { cookieValue, sessionId: session.id, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
}

export type SessionLookup =
  | { state: 'active'; sessionId: string; csrfToken: string; user: UserRow }
  | { state: 'expired' }
  | { state: 'unknown' };

/** Finds the session of a cookie value; ends it (deletes it) when idle or too old or its user is deactivated. */
export async function findSession(
  db: Kysely<Database>,
  cookieValue: string,
  limits: SessionLimits,
  options: { touch: boolean } = { touch: true },
): Promise<SessionLookup> {
  const id = sha256(cookieValue);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.userId')
    .select(['sessions.csrfToken', 'sessions.lastSeenAt', 'sessions.expiresAt'])
    .selectAll('users')
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  if (!row) return { state: 'unknown' };
  const now = Date.now();
  const idleSince = now - limits.idleMinutes * 60_000;
  if (!row.isActive || Date.parse(row.expiresAt) <= now || Date.parse(row.lastSeenAt) < idleSince) {
    await deleteSession(db, id);
    return { state: 'expired' };
  }
  // Touch at most once a minute: a busy console must not write on every request.
  if (options.touch && Date.parse(row.lastSeenAt) < now - 60_000) {
    await db.updateTable('sessions').set({ lastSeenAt: new Date(now).toISOString() }).where('id', '=', id).execute();
  }
  const { csrfToken, lastSeenAt: _seen, expiresAt: _expires, ...user } = row;
  return { state: 'active', sessionId: id, csrfToken, user };
}

export async function deleteSession(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function deleteSessionsOfUser(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('userId', '=', userId).execute();
}

export async function deleteExpiredSessions(db: Kysely<Database>, limits: SessionLimits): Promise<void> {
  const now = Date.now();
  await db
    .deleteFrom('sessions')
    .where((eb) =>
      eb.or([
        eb('expiresAt', '<=', new Date(now).toISOString()),
        eb('lastSeenAt', '<', new Date(now - limits.idleMinutes * 60_000).toISOString()),
      ]),
    )
    .execute();
}
