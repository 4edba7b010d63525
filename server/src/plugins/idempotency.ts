import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { nowIso } from '../shared/clock';
import { AppError } from '../shared/errors';

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: { principal: string; key: string } | null;
  }
}

const KEY_FORMAT = /^[\x21-\x7e]{1,200}$/;
/** Answer headers a replay must give back as they were. */
const REPLAYED_HEADERS = ['content-type', 'etag', 'location'];
/**
 * A claim still 'running' after this long belongs to an instance that died mid-request: a retry
 * takes it over instead of getting 409 until the housekeeping prunes it.
 */
const ABANDONED_AFTER_MS = 2 * 60 * 1000;

/**
 * Idempotency-Key for routes that declare `config.idempotent`. The database row is the lock
 * ('running' is inserted before the work), so retries are safe across several API instances.
 */
export function idempotency(app: FastifyInstance, deps: { db: Kysely<Database> }): void {
  const { db } = deps;
  app.decorateRequest('idempotency', null);

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
    const inserted = await db
      .insertInto('idempotencyKeys')
      .values({
        principal,
        key,
        method: request.method,
        path: request.url.slice(0, 500),
        requestHash,
        state: 'running',
        responseStatus: null,
        responseHeaders: null,
        responseBody: null,
        createdAt: nowIso(),
      })
      .onConflict((oc) => oc.columns(['principal', 'key']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) {
      request.idempotency = { principal, key };
      return;
    }

    const first = await db
      .selectFrom('idempotencyKeys')
      .selectAll()
      .where('principal', '=', principal)
      .where('key', '=', key)
      .executeTakeFirst();
    if (!first) throw new AppError(409, 'idempotency_in_progress', 'The first request with this key is still running.', undefined, { 'retry-after': '1' });
    if (first.requestHash !== requestHash) {
      throw new AppError(422, 'idempotency_key_reused', 'This Idempotency-Key was already used for another request.');
    }
    if (first.state === 'running' && Date.parse(first.createdAt) < Date.now() - ABANDONED_AFTER_MS) {
      const takenOver = await db
        .updateTable('idempotencyKeys')
        .set({ createdAt: nowIso() })
        .where('principal', '=', principal)
        .where('key', '=', key)
        .where('state', '=', 'running')
        .where('createdAt', '=', first.createdAt)
        .executeTakeFirst();
      if (Number(takenOver.numUpdatedRows) === 1) {
        request.idempotency = { principal, key };
        return;
      }
    }
    if (first.state !== 'done' || first.responseStatus === null) {
      throw new AppError(409, 'idempotency_in_progress', 'The first request with this key is still running.', undefined, { 'retry-after': '1' });
    }
    const headers = JSON.parse(first.responseHeaders ?? '{}') as Record<string, string>;
    reply.code(first.responseStatus).headers(headers).header('idempotent-replayed', 'true');
    return reply.send(first.responseBody ?? undefined);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotency;
    if (!claim) return payload;
    request.idempotency = null;
    if (reply.statusCode >= 500 || (payload !== null && payload !== undefined && typeof payload !== 'string')) {
      // A failure of ours (or a stream) is not remembered: the client may retry with the same key.
      await db
        .deleteFrom('idempotencyKeys')
        .where('principal', '=', claim.principal)
        .where('key', '=', claim.key)
        .execute();
      return payload;
    }
    const headers: Record<string, string> = {};
    for (const name of REPLAYED_HEADERS) {
      const value = reply.getHeader(name);
      if (value !== undefined) headers[name] = String(value);
    }
    await db
      .updateTable('idempotencyKeys')
      .set({
        state: 'done',
        responseStatus: reply.statusCode,
        responseHeaders: JSON.stringify(headers),
        responseBody: typeof payload === 'string' ? payload : null,
      })
      .where('principal', '=', claim.principal)
      .where('key', '=', claim.key)
      .execute();
    return payload;
  });

  // The answer was never produced (client gone before onSend): free the key for a retry.
  app.addHook('onResponse', async (request) => {
    const claim = request.idempotency;
    if (!claim) return;
    request.idempotency = null;
    await db
      .deleteFrom('idempotencyKeys')
      .where('principal', '=', claim.principal)
      .where('key', '=', claim.key)
      .where('state', '=', 'running')
      .execute();
  });
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
