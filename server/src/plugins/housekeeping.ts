import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { deleteExpiredSessions, type SessionLimits } from '../platform/sessions.repository';
import { isoMinus, HOUR } from '../shared/clock';

const EVERY = 10 * 60_000;

/** Removes rows that only matter for a while: ended sessions, old sign-in attempts, idempotency keys, events. */
export async function pruneExpired(db: Kysely<Database>, limits: SessionLimits): Promise<void> {
  await deleteExpiredSessions(db, limits);
  await db.deleteFrom('loginAttempts').where('attemptedAt', '<', isoMinus(24 * HOUR)).execute();
  await db.deleteFrom('idempotencyKeys').where('createdAt', '<', isoMinus(24 * HOUR)).execute();
  await db.deleteFrom('outboxEvents').where('createdAt', '<', isoMinus(7 * 24 * HOUR)).execute();
}

export function housekeeping(app: FastifyInstance, deps: { db: Kysely<Database>; limits: SessionLimits }): void {
  let timer: NodeJS.Timeout | null = null;
  app.addHook('onReady', async () => {
    timer = setInterval(() => {
      pruneExpired(deps.db, deps.limits).catch((err: unknown) => app.log.warn({ err }, 'housekeeping failed'));
    }, EVERY);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
  });
}
