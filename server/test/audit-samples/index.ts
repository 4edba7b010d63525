import { catalogAuditSamples } from './catalog';
import { consoleAuditSamples } from './console';
import { depotAuditSamples } from './depots';
import { fieldAuditSamples } from './field';
import { fieldInvoicingAuditSamples } from './field-invoicing';
import { fieldMediaAuditSamples } from './field-media';
import { jobAuditSamples } from './jobs';
import { officeDocumentsAuditSamples } from './office-documents';
import type { AuditSamples } from './probe';
import { reserveAuditSamples } from './reserves';
import { reviewAuditSamples } from './review';

export type { AuditProbe, AuditSample, AuditSampleRequest, AuditSamples } from './probe';

const groups: AuditSamples[] = [
  consoleAuditSamples,
  catalogAuditSamples,
  depotAuditSamples,
  reserveAuditSamples,
  jobAuditSamples,
  officeDocumentsAuditSamples,
  reviewAuditSamples,
  fieldAuditSamples,
  fieldMediaAuditSamples,
  fieldInvoicingAuditSamples,
];

/** Every sample, keyed by `METHOD url`; a key given twice is a mistake, refused here. */
export const auditSamples: AuditSamples = {};
for (const group of groups) {
  for (const [key, sample] of Object.entries(group)) {
    if (key in auditSamples) throw new Error(`Two audit samples for ${key}`);
    auditSamples[key] = sample;
  }
}
