import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { nowIso } from '../shared/clock';
import { randomSecret, sha256 } from './secrets';
import type { UserRow } from './users.repository';

/** Bearer tokens carry a prefix so a leaked one is recognisable in logs and secret scanners. */
const TOKEN_PREFIX = 'fdt_';

export async function createDeviceToken(
  db: Kysely<Database>,
  input: { userId: string; deviceName: string },
): Promise<{ token: string; tokenId: string }> {
  const token = TOKEN_PREFIX + randomSecret();
  const tokenId = crypto.randomUUID();
  await db
    .insertInto('deviceTokens')
    .values({
      id: tokenId,
      userId: input.userId,
      tokenHash: sha256(token),
      deviceName: input.deviceName,
      createdAt: nowIso(),
      lastUsedAt: null,
      revokedAt: null,
    })
    .execute();
  return { token, tokenId };
}

/** The token's user when the token is live and its user active; revoked or unknown → undefined. */
export async function findTokenUser(
  db: Kysely<Database>,
  token: string,
): Promise<{ tokenId: string; user: UserRow } | undefined> {
  const row = await db
    .selectFrom('deviceTokens')
    .innerJoin('users', 'users.id', 'deviceTokens.userId')
    .select(['deviceTokens.id as tokenId', 'deviceTokens.lastUsedAt'])
    .selectAll('users')
    .where('deviceTokens.tokenHash', '=', sha256(token))
    .where('deviceTokens.revokedAt', 'is', null)
    .executeTakeFirst();
  if (!row || !row.isActive) return undefined;
  const now = Date.now();
  if (!row.lastUsedAt || Date.parse(row.lastUsedAt) < now - 60_000) {
    await db
      .updateTable('deviceTokens')
      .set({ lastUsedAt: new Date(now).toISOString() })
      .where('id', '=', row.tokenId)
      .execute();
  }
  const { tokenId, lastUsedAt: _used, ...user } = row;
  return { tokenId, user };
}

export async function revokeDeviceToken(db: Kysely<Database>, tokenId: string): Promise<void> {
  await db.updateTable('deviceTokens').set({ revokedAt: nowIso() }).where('id', '=', tokenId).execute();
}
