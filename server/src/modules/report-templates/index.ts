/** The report-templates module's public entry point: other modules and app.ts import only from here. */
export { findVersion, latestPublishedVersion } from './report-templates.repository';
export { reportTemplatesRoutes } from './report-templates.routes';
