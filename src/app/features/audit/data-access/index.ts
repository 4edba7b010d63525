export { AuditApi } from './audit-api';
export { AuditDatasources } from './audit-datasource';
export { auditEntityTypes, auditParams, entityLink, noAuditFilters, type AuditFilters } from './audit-filters';
