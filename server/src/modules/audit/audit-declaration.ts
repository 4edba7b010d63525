/** The kinds of object the audit trail names (`auditLog.entityType`). */
export type AuditedEntity =
  | 'catalog_family'
  | 'catalog_item'
  | 'custom_field'
  | 'customer'
  | 'depot'
  | 'device_token'
  | 'job'
  | 'job_item'
  | 'job_type'
  | 'report_template'
  | 'reserve'
  | 'serial_unit'
  | 'settings'
  | 'take_back'
  | 'user';

/**
 * What a mutating route writes to the audit trail, declared next to it (`config.audit`):
 * - the entity type of the one row it writes per successful call (`audit: 'job'`);
 * - `{ none: 'why' }`: the route writes no row of its own (the reason is read by people).
 * server/test/audit-coverage.test.ts holds every mutating route to it, with a sample request per
 * route kept in server/test/audit-samples/.
 */
export type AuditDeclaration = AuditedEntity | { none: string };

declare module 'fastify' {
  interface FastifyContextConfig {
    audit?: AuditDeclaration;
  }
}
