/** The settings module's public entry point: other modules and app.ts import only from here. */
export { assertUsableAsDefault } from './default-template.service';
export { JOB_NUMBER_COUNTER, highestJobNumber } from './job-number';
export { readSettings } from './settings.repository';
export { settingsRoutes } from './settings.routes';
export { settingsFor } from './settings.service';
