/** The reserves module's public entry point: other modules and app.ts import only from here. */
export { reservesRoutes } from './reserves.routes';
