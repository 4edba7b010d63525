/** The field module's public entry point: other modules and app.ts import only from here. */
export { fieldModule } from './field.module';
export { clearSignaturesAfterEdit } from './signature-rules';
export { installedAtCustomer, resolveTakeBack } from './field-take-backs.rules';
export { auditView as takeBackAuditView, recordedColumns } from './field-take-backs.service';
export { isOpenDiscrepancy, settleTakeBack } from './job-parts-settlement.service';
