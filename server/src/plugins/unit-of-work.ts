import type { Kysely } from 'kysely';
import type { LiveEventType } from '@contract';
import type { Database } from '../db/database';
import { nowIso } from '../shared/clock';
import { notFound } from '../shared/errors';
import { assertVersion } from '../shared/versioning';
import { writeAudit, type AuditEntry } from './audit';
import { writeOutboxEvent, type ConsoleRole } from './events/publish';

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
 * A use case called by another takes the caller's `uow` instead of opening its own.
 */
export async function inUnitOfWork<T>(db: Kysely<Database>, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
  return db.transaction().execute((trx) => runUnitOfWork(trx, work));
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

async function runUnitOfWork<T>(trx: Kysely<Database>, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
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
  return result;
}
