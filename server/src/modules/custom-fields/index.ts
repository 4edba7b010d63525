/** The custom-fields module's public entry point: other modules and app.ts import only from here. */
export { listCustomFields } from './custom-fields.repository';
export { customFieldsRoutes } from './custom-fields.routes';
export { checkedCustomFields } from './custom-fields.service';
