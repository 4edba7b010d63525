/** The catalog module's public entry point: other modules and app.ts import only from here. */
export { protectFormula } from './catalog-csv-values';
export { ITEM_REF_COLUMNS, toItemRef } from './catalog-items.repository';
export { catalogModule } from './catalog.module';
