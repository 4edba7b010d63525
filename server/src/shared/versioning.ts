import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely, Updateable } from 'kysely';
import type { Database } from '../db/database';
import { AppError, notFound } from './errors';

const IF_MATCH = /^\s*(?:W\/)?"?(\d{1,15})"?\s*$/;

/** The version the caller last saw, from `If-Match: "3"`, `W/"3"` or `3`. Missing → 428. */
export function expectedVersion(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (header === undefined || header === '') {
    throw new AppError(428, 'if_match_required', 'Send the version you are editing in an If-Match header.');
  }
  const match = IF_MATCH.exec(String(header));
  if (!match) {
    throw new AppError(400, 'invalid_input', 'The If-Match header must be a version number.', {
      issues: [{ in: 'headers', path: 'if-match', message: 'Expected a version number such as "3"' }],
    });
  }
  return Number(match[1]);
}

export function versionMismatch(currentVersion: number): AppError {
  return new AppError(
    412,
    'version_mismatch',
    'Someone else changed this in the meantime. Reload it and apply your change again.',
    { currentVersion },
  );
}

/** Fails with 412 unless the caller edits the current version. */
export function assertVersion(currentVersion: number, expected: number): void {
  if (currentVersion !== expected) throw versionMismatch(currentVersion);
}

/** The tables whose rows carry an id and a version (the edits that take If-Match). */
export type VersionedTable = { [T in keyof Database]: Database[T] extends { id: string; version: unknown } ? T : never }[keyof Database];

/**
 * `UPDATE … SET changes, version + 1 WHERE id = ? AND version = expected`: of two concurrent
 * edits of one version, only one wins; the other is a 412.
 */
export async function updateVersioned<T extends VersionedTable>(
  trx: Kysely<Database>,
  table: T,
  id: string,
  expectedVersion: number,
  changes: Omit<Updateable<Database[T]>, 'id' | 'version'>,
): Promise<void> {
  // Kysely cannot follow a table name that is a type parameter; the signature above keeps callers typed.
  const updated = await (trx as unknown as Kysely<{ versioned: { id: string; version: number } }>)
    .updateTable(table as unknown as 'versioned')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw versionMismatch(expectedVersion + 1);
}

export const etagOf = (version: number) => `"${version}"`;

export function setEtag(reply: FastifyReply, version: number): void {
  reply.header('etag', etagOf(version));
}

/** The version of an If-Match that is optional: undefined when the header is not sent. */
export function optionalExpectedVersion(request: FastifyRequest): number | undefined {
  return request.headers['if-match'] === undefined ? undefined : expectedVersion(request);
}

/** A versioned entity as an answer: its ETag header, then the entity. */
export function withEtag<T extends { version: number }>(reply: FastifyReply, entity: T): T {
  setEtag(reply, entity.version);
  return entity;
}

/** GET of one versioned entity: 404 when there is none (`what`: "This customer"), else it with its ETag. */
export function foundWithEtag<T extends { version: number }>(reply: FastifyReply, entity: T | null | undefined, what: string): T {
  if (!entity) throw notFound(what);
  return withEtag(reply, entity);
}

/** 201 Created: the new entity with its ETag and its Location under `collection` (e.g. `/api/customers`). */
export function sendCreated<T extends { id: string; version: number }>(reply: FastifyReply, collection: string, entity: T) {
  setEtag(reply, entity.version);
  return reply.code(201).header('location', `${collection}/${entity.id}`).send(entity);
}
