/** The customers module's public entry point: other modules and app.ts import only from here. */
export { customersRoutes } from './customers.routes';
