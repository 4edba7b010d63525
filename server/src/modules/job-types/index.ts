/** The job-types module's public entry point: other modules and app.ts import only from here. */
export { jobTypesRoutes } from './job-types.routes';
