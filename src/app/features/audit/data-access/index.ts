export { AuditApi } from './audit-api';
export { AuditApiActions, AuditListPageActions } from './audit.actions';
export * as auditEffects from './audit.effects';
export { auditFeature } from './audit.feature';
export { AuditDatasources } from './audit-datasource';
export { auditEntityTypes, auditParams, entityLink, noAuditFilters, type AuditFilters } from './audit-filters';
