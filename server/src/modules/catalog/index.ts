/** The catalog module's public entry point: other modules and app.ts import only from here. */
export { protectFormula } from './catalog-csv-values';
export { CSV_DELIMITER } from './catalog-export';
export { ITEM_REF_COLUMNS, toItemRef } from './catalog-items.repository';
export { catalogModule } from './catalog.module';
