// Plain rules and constants shared by the server and the console: no zod here (lint-enforced), so
// the console may import values from this entry point without shipping schemas to the browser.
export * from './access';
export * from './attachments';
export * from './catalog';
export * from './common';
export * from './custom-fields';
export * from './depots';
export * from './errors';
export * from './events';
export * from './field';
export * from './field-invoicing';
export * from './job-lifecycle';
export * from './job-report';
export * from './jobs-list';
export * from './report-answer';
export * from './report-rules';
export * from './report-template';
export * from './report-templates-api';
export * from './reserves';
export * from './settings';
export * from './template-diff';
export * from './template-validation';
export * from './users';
export * from './online-view';
export * from './quantities';
export * from './stock-shortfalls';
