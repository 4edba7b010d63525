import { AsyncLocalStorage } from 'node:async_hooks';
import type { ControlledTransaction, Kysely } from 'kysely';
import type { Database } from '../db/database';

/**
 * The one transaction of a write sent with an Idempotency-Key: the key's claim, the use case's
 * changes (with their audit rows and live events) and the answer stored for replays commit together,
 * once (issue 15) — a crash in between can never leave a change without its stored answer, or the
 * reverse. Opened by the request's first unit of work, committed by the idempotency plugin when the
 * answer is known, rolled back on a failure of ours.
 */
export interface RequestTransaction {
  /** The database itself (not the request-scoped view of it). */
  readonly db: Kysely<Database>;
  trx: ControlledTransaction<Database> | null;
  /** Writes the key's claim in the freshly opened transaction (throws when another request holds it). */
  readonly claim: (trx: Kysely<Database>) => Promise<void>;
  /** Run once committed (e.g. wake the live-event hub). */
  readonly afterCommit: Set<() => void>;
  savepoints: number;
}

const current = new AsyncLocalStorage<RequestTransaction>();

/** The transaction of the request being handled, when it writes with an Idempotency-Key. */
export const requestTransaction = (): RequestTransaction | undefined => current.getStore();

export function withinRequestTransaction<T>(tx: RequestTransaction, handler: () => T): T {
  return current.run(tx, handler);
}

/**
 * `app.db` as routes and services see it: inside a request transaction, every query (a read after
 * the use case included) goes through that transaction — it sees the request's own changes, and on
 * SQLite's single connection it could not run beside it anyway; elsewhere, the database itself.
 */
export function requestScopedDb(db: Kysely<Database>): Kysely<Database> {
  return new Proxy(db, {
    get(target, property) {
      const tx = current.getStore();
      const base: Kysely<Database> = tx?.trx && tx.db === target ? tx.trx : target;
      // Reads that share one connection (db.connection()) already have it: the transaction's.
      if (property === 'connection' && base !== target) return () => ({ execute: <T>(work: (db: Kysely<Database>) => Promise<T>) => work(base) });
      const value: unknown = Reflect.get(base, property, base);
      // Kysely keeps its state in private fields: its methods must run on the instance itself.
      return typeof value === 'function' ? value.bind(base) : value;
    },
  });
}

export async function commitRequestTransaction(tx: RequestTransaction): Promise<void> {
  const trx = tx.trx;
  if (!trx) return;
  tx.trx = null;
  await trx.commit().execute();
  for (const then of tx.afterCommit) then();
}

export async function rollbackRequestTransaction(tx: RequestTransaction): Promise<void> {
  const trx = tx.trx;
  if (!trx) return;
  tx.trx = null;
  await trx.rollback().execute();
}
