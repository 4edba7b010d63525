/** The audit module's public entry point: other modules and app.ts import only from here. */
export { auditRoutes } from './audit.routes';
export type { AuditDeclaration, AuditedEntity } from './audit-declaration';
