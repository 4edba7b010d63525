export { AuditApi } from './audit-api';
export { auditEntityTypes, auditParams, entityLink, noAuditFilters, type AuditFilters } from './audit-filters';
