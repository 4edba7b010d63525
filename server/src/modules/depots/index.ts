/** The depots module's public entry point: other modules and app.ts import only from here. */
export { lockDepots, openVanId, vanOf } from './depot-locks.repository';
export { depotsModule } from './depots.module';
export { recordMovements } from './stock-movements.repository';
export { assertQuantityFits } from './quantity-check';
export { applyStockChanges, stockMilli } from './stock-levels';
