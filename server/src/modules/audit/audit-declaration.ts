import type { Kysely } from 'kysely';
import type { Role } from '@contract';
import type { Database } from '../../db/database';

/**
 * What a mutating route writes to the audit trail, declared next to it (`config.audit`) and
 * checked by server/test/audit-coverage.test.ts, which is generated from the route table:
 * - `{ sample }`: how to call the route once successfully; the test checks it adds exactly one row;
 * - `{ none: 'why' }`: the route writes no row of its own (the reason is read by people).
 * Samples only build requests; they run in tests, never in production.
 */
export type AuditDeclaration = { sample: AuditSample } | { none: string };

export type AuditSample = (probe: AuditProbe) => Promise<AuditSampleRequest>;

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

declare module 'fastify' {
  interface FastifyContextConfig {
    audit?: AuditDeclaration;
  }
}
