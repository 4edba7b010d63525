/** The field module's public entry point: other modules and app.ts import only from here. */
export { fieldModule } from './field.module';
export { clearSignaturesAfterEdit } from './signature-rules';
