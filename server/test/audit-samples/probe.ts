import type { Kysely } from 'kysely';
import type { Role } from '@contract';
import type { Database } from '../../src/db/database';

/**
 * How to call a mutating route once successfully, for the generated audit test
 * (server/test/audit-coverage.test.ts): the test checks the call adds exactly one audit row of the
 * entity type the route declares (`config.audit`). The data is made on the spot.
 */
export type AuditSample = (probe: AuditProbe) => Promise<AuditSampleRequest>;

/** Samples keyed by `METHOD url`, the url as the route declares it (`POST /api/jobs/:id/cancel`). */
export type AuditSamples = Record<string, AuditSample>;

export interface AuditSampleRequest {
  /** The concrete address (the route's `:params` filled). */
  url: string;
  body?: unknown;
  /** Extra headers (If-Match…), added to the caller's. */
  headers?: Record<string, string>;
  /** Who calls: by default a user of the first role the route admits. */
  as?: Role;
  /** Replaces the caller's authentication headers: a fresh session of the sample's own, or `{}` for nobody. */
  credentials?: Record<string, string>;
}

/** What a sample may use to prepare its request (implemented by the test). */
export interface AuditProbe {
  /** Calls the API as an administrator (or as `as`) and answers the parsed JSON; fails unless 2xx. */
  call<T = unknown>(
    method: string,
    url: string,
    body?: unknown,
    as?: Role,
    headers?: Record<string, string>,
  ): Promise<{ body: T; headers: Record<string, string> }>;
  /** A new user straight in the database. */
  newUser(role: Role): Promise<{ id: string; email: string; password: string }>;
  /** A new user and a fresh console session (or device token for a technician) of theirs. */
  signedIn(role: Role): Promise<{ userId: string; password: string; headers: Record<string, string> }>;
  /** For what no route creates yet (e.g. job types). */
  db: Kysely<Database>;
}
