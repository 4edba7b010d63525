import { sql, type Kysely } from 'kysely';
import type { LiveEventType } from '@contract';
import type { Database } from '../db/database';
import { nowIso } from '../shared/clock';
import { notFound } from '../shared/errors';
import { assertVersion } from '../shared/versioning';
import { writeAudit, type AuditEntry } from './audit';
import { outboxCommitted } from './events/outbox-signal';
import { writeOutboxEvent, type ConsoleRole } from './events/publish';
import { requestTransaction, type RequestTransaction } from './request-transaction';

/** One use case's transaction, with the audit rows and live events it announces (issue 13). */
export interface UnitOfWork {
  /** Every read and write of the use case goes through this one transaction. */
  readonly trx: Kysely<Database>;
  /** Queues an audit row: written at the end of the work, in the same transaction. */
  audit(entry: AuditEntry): void;
  /** Queues a live event: written after the audit rows, so it is delivered if and only if the work commits. */
  publish(type: LiveEventType, payload: Record<string, unknown>, audience?: readonly ConsoleRole[]): void;
}

interface QueuedEvent {
  type: LiveEventType;
  payload: Record<string, unknown>;
  audience: readonly ConsoleRole[];
}

/**
 * Opens the use case's one transaction, runs `work` in it, then writes the queued audit rows and,
 * last, the live events (on PostgreSQL the outbox lock is held from there to the commit only, and
 * outbox ids follow commit order). When `work` throws, the transaction rolls back: nothing is written.
 * A use case called by another takes the caller's `uow` instead of opening its own. Inside a write
 * sent with an Idempotency-Key the work joins that request's one transaction (request-transaction.ts).
 * Once committed, the live-event hub of this process is woken when the work published events.
 */
export async function inUnitOfWork<T>(db: Kysely<Database>, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
  const request = requestTransaction();
  if (request) return inRequestTransaction(request, work);
  const { result, published } = await db.transaction().execute((trx) => runUnitOfWork(trx, work));
  if (published) outboxCommitted();
  return result;
}

/**
 * The work inside the request's transaction (opened here by the first unit of work, with the key's
 * claim), behind a savepoint: work that throws leaves nothing behind, as its own transaction would.
 */
async function inRequestTransaction<T>(request: RequestTransaction, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
  if (!request.trx) {
    const trx = await request.db.startTransaction().execute();
    try {
      await request.claim(trx);
    } catch (error) {
      await trx.rollback().execute();
      throw error;
    }
    request.trx = trx;
  }
  const trx = request.trx;
  const savepoint = sql.id(`unit_of_work_${++request.savepoints}`);
  await sql`savepoint ${savepoint}`.execute(trx);
  try {
    const { result, published } = await runUnitOfWork(trx, work);
    await sql`release savepoint ${savepoint}`.execute(trx);
    if (published) request.afterCommit.add(outboxCommitted);
    return result;
  } catch (error) {
    await sql`rollback to savepoint ${savepoint}`.execute(trx);
    throw error;
  }
}

/** The row a versioned edit changes, as `find` reads it in the edit's transaction; `what` names it in the 404. */
export interface VersionedEditTarget<R extends { version: number }> {
  find: (trx: Kysely<Database>) => Promise<R | null | undefined>;
  what: string;
  expectedVersion: number;
}

/**
 * A use case editing one versioned row (a PATCH with If-Match): its unit of work opens on the row as
 * it stands — 404 when it is gone, 412 unless the caller edits its current version — then `work`.
 */
export async function inVersionedEdit<R extends { version: number }, T>(
  db: Kysely<Database>,
  target: VersionedEditTarget<R>,
  work: (uow: UnitOfWork, before: R) => Promise<T>,
): Promise<T> {
  return inUnitOfWork(db, async (uow) => {
    const before = await target.find(uow.trx);
    if (!before) throw notFound(target.what);
    assertVersion(before.version, target.expectedVersion);
    return work(uow, before);
  });
}

async function runUnitOfWork<T>(trx: Kysely<Database>, work: (uow: UnitOfWork) => Promise<T>): Promise<{ result: T; published: boolean }> {
  const audits: { entry: AuditEntry; at: string }[] = [];
  const events: QueuedEvent[] = [];
  let open = true;
  const stillOpen = () => {
    if (!open) throw new Error('This unit of work has ended: audit and publish inside its work.');
  };
  const uow: UnitOfWork = {
    trx,
    audit: (entry) => {
      stillOpen();
      audits.push({ entry, at: nowIso() });
    },
    publish: (type, payload, audience = []) => {
      stillOpen();
      events.push({ type, payload, audience });
    },
  };
  const result = await work(uow);
  open = false;
  for (const { entry, at } of audits) await writeAudit(trx, entry, at);
  for (const { type, payload, audience } of events) await writeOutboxEvent(trx, type, payload, audience);
  return { result, published: events.length > 0 };
}
