// The one entry point of report templates' data access (the linter holds it): pages, routes and other features.
export * from './report-templates.actions';
export { reportTemplatesFeature, toSummary } from './report-templates.feature';
export { templateDesignerFeature } from './template-designer.feature';
export type { TemplateDesignerState, VersionComparison } from './template-designer.feature';
export * as reportTemplatesEffects from './report-templates.effects';
export * from './report-templates.selectors';
export { ReportTemplatesApi } from './report-templates-api';
export { dependentFields, findField, stepTarget } from './designer-operations';
export { newFamily, newField } from './new-items';
export type { DesignerProblem } from './server-problems';
