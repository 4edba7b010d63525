import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { nowIso } from '../shared/clock';
import { AppError } from '../shared/errors';
import { commitRequestTransaction, rollbackRequestTransaction, withinRequestTransaction, type RequestTransaction } from './request-transaction';

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: Claim | null;
  }
}

interface Claim {
  principal: string;
  key: string;
  /** The request's one transaction, opened by its first unit of work (request-transaction.ts). */
  tx: RequestTransaction;
}

const KEY_FORMAT = /^[\x21-\x7e]{1,200}$/;
/** Answer headers a replay must give back as they were. */
const REPLAYED_HEADERS = ['content-type', 'etag', 'location'];
/**
 * A claim still 'running' after this long belongs to an instance that died mid-request: a retry
 * takes it over instead of getting 409 until the housekeeping prunes it.
 */
const ABANDONED_AFTER_MS = 2 * 60 * 1000;

const inProgress = () =>
  new AppError(409, 'idempotency_in_progress', 'The first request with this key is still running.', undefined, { 'retry-after': '1' });

/**
 * Idempotency-Key for routes that declare `config.idempotent`. A first request's claim, its changes
 * and its stored answer are one transaction, committed once when the answer is known: the claim row
 * (inserted by the first unit of work) is the lock — a concurrent twin waits for it (PostgreSQL) or
 * runs after it (SQLite's one connection), or gets 409 — and a retry replays the stored answer.
 */
export function idempotency(app: FastifyInstance, deps: { db: Kysely<Database> }): void {
  const { db } = deps;
  app.decorateRequest('idempotency', null);
  /** This instance's first requests still running, by principal and key: a twin gets 409 at once. */
  const running = new Set<string>();

  // The handler runs inside the request's transaction, so its units of work (and reads) join it.
  app.addHook('onRoute', (route) => {
    if (!route.config?.idempotent) return;
    const handler = route.handler;
    route.handler = function (this: FastifyInstance, request, reply) {
      const claim = request.idempotency;
      return claim ? withinRequestTransaction(claim.tx, () => handler.call(this, request, reply)) : handler.call(this, request, reply);
    };
  });

  app.addHook('preHandler', async (request, reply) => {
    const mode = request.routeOptions.config.idempotent;
    if (!mode || !request.principal) return;
    const key = request.headers['idempotency-key'];
    if (key === undefined) {
      if (mode === 'optional') return;
      throw new AppError(400, 'idempotency_key_required', 'This request needs an Idempotency-Key header.');
    }
    if (typeof key !== 'string' || !KEY_FORMAT.test(key)) {
      throw new AppError(400, 'invalid_input', 'The Idempotency-Key header must be 1 to 200 visible characters.', {
        issues: [{ in: 'headers', path: 'idempotency-key', message: 'Invalid value' }],
      });
    }
    const principal = request.principal.user.id;
    const requestHash = fingerprint(request);
    const first = await findClaim(db, principal, key);
    if (first) {
      if (first.requestHash !== requestHash) {
        throw new AppError(422, 'idempotency_key_reused', 'This Idempotency-Key was already used for another request.');
      }
      if (first.state === 'done' && first.responseStatus !== null) {
        const headers = JSON.parse(first.responseHeaders ?? '{}') as Record<string, string>;
        reply.code(first.responseStatus).headers(headers).header('idempotent-replayed', 'true');
        return reply.send(first.responseBody ?? undefined);
      }
      // A claim committed 'running' (by a version that committed it apart from the work) and left behind.
      if (Date.parse(first.createdAt) >= Date.now() - ABANDONED_AFTER_MS) throw inProgress();
      await forgetClaim(db, principal, key, first.createdAt);
    }
    const id = `${principal}\n${key}`;
    if (running.has(id)) throw inProgress();
    running.add(id);
    const row = { principal, key, method: request.method, path: request.url.slice(0, 500), requestHash };
    request.idempotency = {
      principal,
      key,
      tx: {
        db,
        trx: null,
        savepoints: 0,
        afterCommit: new Set(),
        claim: async (trx) => {
          const inserted = await trx
            .insertInto('idempotencyKeys')
            .values({ ...row, state: 'running', responseStatus: null, responseHeaders: null, responseBody: null, createdAt: nowIso() })
            .onConflict((oc) => oc.columns(['principal', 'key']).doNothing())
            .executeTakeFirst();
          // A twin committed its claim since our look-up: it holds the key.
          if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) throw inProgress();
        },
      },
    };
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotency;
    if (!claim) return payload;
    request.idempotency = null;
    try {
      return await settle(request, reply, claim, payload);
    } finally {
      running.delete(`${claim.principal}\n${claim.key}`);
    }
  });

  /** Commits the request's work with its stored answer (or rolls it back after a failure of ours). */
  async function settle(request: FastifyRequest, reply: FastifyReply, claim: Claim, payload: unknown): Promise<unknown> {
    const { tx } = claim;
    if (reply.statusCode >= 500) {
      // A failure of ours is not remembered, and nothing of the work stays: the client may retry with the same key.
      await rollbackRequestTransaction(tx);
      return payload;
    }
    if (payload !== null && payload !== undefined && typeof payload !== 'string') {
      // A streamed answer cannot be stored: the work stands, the key is freed for a retry.
      if (tx.trx) {
        await tx.trx.deleteFrom('idempotencyKeys').where('principal', '=', claim.principal).where('key', '=', claim.key).execute();
        await commitRequestTransaction(tx);
      }
      return payload;
    }
    const headers: Record<string, string> = {};
    for (const name of REPLAYED_HEADERS) {
      const value = reply.getHeader(name);
      if (value !== undefined) headers[name] = String(value);
    }
    const answer = {
      state: 'done' as const,
      responseStatus: reply.statusCode,
      responseHeaders: JSON.stringify(headers),
      responseBody: typeof payload === 'string' ? payload : null,
    };
    if (tx.trx) {
      await tx.trx.updateTable('idempotencyKeys').set(answer).where('principal', '=', claim.principal).where('key', '=', claim.key).execute();
      await commitRequestTransaction(tx);
    } else {
      // Nothing was written (refused before any change): the answer alone, in one statement.
      await db
        .insertInto('idempotencyKeys')
        .values({ principal: claim.principal, key: claim.key, method: request.method, path: request.url.slice(0, 500), requestHash: fingerprint(request), createdAt: nowIso(), ...answer })
        .onConflict((oc) => oc.columns(['principal', 'key']).doNothing())
        .execute();
    }
    return payload;
  }

  // The answer was never produced (client gone before onSend): nothing is kept, the key stays free.
  app.addHook('onResponse', async (request) => {
    const claim = request.idempotency;
    if (!claim) return;
    request.idempotency = null;
    running.delete(`${claim.principal}\n${claim.key}`);
    await rollbackRequestTransaction(claim.tx);
  });
}

function findClaim(db: Kysely<Database>, principal: string, key: string) {
  return db.selectFrom('idempotencyKeys').selectAll().where('principal', '=', principal).where('key', '=', key).executeTakeFirst();
}

async function forgetClaim(db: Kysely<Database>, principal: string, key: string, createdAt: string): Promise<void> {
  await db
    .deleteFrom('idempotencyKeys')
    .where('principal', '=', principal)
    .where('key', '=', key)
    .where('state', '=', 'running')
    .where('createdAt', '=', createdAt)
    .execute();
}

/** Same method, route, parameters and body (key order ignored; uploaded files by their bytes) → same fingerprint. */
function fingerprint(request: FastifyRequest): string {
  const material = JSON.stringify([request.method, request.routeOptions.url, canonical(request.params), canonical(request.query), canonical(request.body)]);
  return createHash('sha256').update(material).digest('hex');
}

function canonical(value: unknown): unknown {
  if (Buffer.isBuffer(value)) return { sha256: createHash('sha256').update(value).digest('hex') };
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}
