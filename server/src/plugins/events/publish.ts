import { sql, type Kysely } from 'kysely';
import type { LiveEventType } from '@contract';
import type { Database } from '../../db/database';
import { nowIso } from '../../shared/clock';
import { isPostgres } from '../../shared/dialect';

export type ConsoleRole = 'admin' | 'dispatcher' | 'supervisor';

/** Any fixed number: the lock that orders outbox inserts on PostgreSQL. */
const OUTBOX_LOCK = 7_405_001;
/** PostgreSQL channel the hubs LISTEN on: a wake-up only, the rows stay in the outbox. */
export const OUTBOX_CHANNEL = 'fielddesk_outbox';

/**
 * Writes a live event to the outbox in the transaction of the change it announces: it is delivered if
 * and only if the change commits. `audience` limits it to some console roles (default: all of them).
 * Only the unit of work calls it (`uow.publish`), last: on PostgreSQL it holds the outbox lock until the commit.
 */
export async function writeOutboxEvent(
  trx: Kysely<Database>,
  type: LiveEventType,
  payload: Record<string, unknown>,
  audience: readonly ConsoleRole[] = [],
): Promise<void> {
  if (isPostgres(trx)) {
    // Serial ids can become visible out of order across concurrent transactions, and pollers read
    // "id > last seen": publishing transactions take turns until they commit, so no id is skipped.
    await sql`select pg_advisory_xact_lock(${OUTBOX_LOCK})`.execute(trx);
  }
  await trx
    .insertInto('outboxEvents')
    .values({ type, payload: JSON.stringify(payload), audience: JSON.stringify(audience), createdAt: nowIso() })
    .execute();
  if (isPostgres(trx)) {
    // Queued with the transaction: every instance's hub hears it at commit, never before or on rollback.
    await sql`select pg_notify(${OUTBOX_CHANNEL}, '')`.execute(trx);
  }
}
