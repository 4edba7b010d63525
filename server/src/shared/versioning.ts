import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors';

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

export const etagOf = (version: number) => `"${version}"`;

export function setEtag(reply: FastifyReply, version: number): void {
  reply.header('etag', etagOf(version));
}
