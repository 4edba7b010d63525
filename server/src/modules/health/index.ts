/** The health module's public entry point: other modules and app.ts import only from here. */
export { healthRoutes } from './health.routes';
