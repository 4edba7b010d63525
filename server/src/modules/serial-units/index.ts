/** The serial-units module's public entry point: other modules and app.ts import only from here. */
export { installedUnitsBySite } from './installed-units.repository';
export { serialUnitsModule } from './serial-units.module';
export { installUnit, moveReportedUnit, moveTakenBackUnit } from './unit-moves.service';
