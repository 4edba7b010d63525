import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { AppError } from '../../shared/errors';

const WINDOW_MS = 15 * 60_000;
/** Consecutive failures of one account (a success resets it) before it waits. */
const ACCOUNT_LIMIT = 5;
/** Failures from one address (any account) before it waits: slows password spraying. */
const ADDRESS_LIMIT = 20;

/**
 * Sign-in throttling kept in the database (login_attempts), so it holds across API instances.
 * Refused attempts are not recorded, so waiting is enough to get through.
 */
export async function assertSignInAllowed(db: Kysely<Database>, email: string, ip: string): Promise<void> {
  const now = Date.now();
  const since = new Date(now - WINDOW_MS).toISOString();
  const byAccount = await db
    .selectFrom('loginAttempts')
    .select(['succeeded', 'attemptedAt'])
    .where('email', '=', email)
    .where('attemptedAt', '>', since)
    .orderBy('attemptedAt', 'desc')
    .limit(ACCOUNT_LIMIT)
    .execute();
  const consecutive = byAccount.findIndex((a) => a.succeeded === 1);
  if (byAccount.length === ACCOUNT_LIMIT && consecutive === -1) {
    throw tooMany(byAccount[ACCOUNT_LIMIT - 1]!.attemptedAt, now);
  }
  const byAddress = await db
    .selectFrom('loginAttempts')
    .select('attemptedAt')
    .where('ip', '=', ip)
    .where('attemptedAt', '>', since)
    .where('succeeded', '=', 0)
    .orderBy('attemptedAt', 'desc')
    .limit(ADDRESS_LIMIT)
    .execute();
  if (byAddress.length === ADDRESS_LIMIT) throw tooMany(byAddress[ADDRESS_LIMIT - 1]!.attemptedAt, now);
}

export async function recordSignInAttempt(
  db: Kysely<Database>,
  attempt: { email: string; ip: string; succeeded: boolean },
): Promise<void> {
  await db
    .insertInto('loginAttempts')
    .values({
      id: crypto.randomUUID(),
      email: attempt.email,
      ip: attempt.ip,
      succeeded: attempt.succeeded ? 1 : 0,
      attemptedAt: new Date().toISOString(),
    })
    .execute();
}

/** The oldest counted failure leaves the window at `oldest + 15 min`: the caller may retry then. */
function tooMany(oldestCounted: string, now: number): AppError {
  const retryAfter = Math.max(1, Math.ceil((Date.parse(oldestCounted) + WINDOW_MS - now) / 1000));
  return new AppError(
    429,
    'too_many_attempts',
    'Too many failed sign-in attempts. Please wait before trying again.',
    { retryAfterSeconds: retryAfter },
    { 'retry-after': String(retryAfter) },
  );
}
