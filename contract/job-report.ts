import { z } from 'zod';
import { Id, IsoDateTime, JobStatus, NamedRef, ReserveStatus, TakeBackStatus, TechnicianRole } from './common';
import { discrepancyPlaces, discrepancyResolutions } from './rules/field-invoicing';

import { shortfallResolutions } from './rules/stock-shortfalls';

export * from './rules/job-report';

/**
 * What a job carries once technicians work on it: answers, reserves, photos and barcodes,
 * signatures, parts and services, take-backs and totals. The console's job page and review, and
 * the technician API's job detail, all show these same shapes (read by `loadJobReport`).
 */
export const JobTechnician = z.object({
  userId: Id,
  name: z.string(),
  role: TechnicianRole,
});
export type JobTechnician = z.infer<typeof JobTechnician>;

export const JobAnswer = z.object({
  fieldId: z.string(),
  /** Typed by the field (see answerValueSchema). */
  value: z.unknown(),
  comment: z.string().nullable(),
  answeredBy: Id.nullable(),
  answeredByName: z.string().nullable(),
  answeredAt: IsoDateTime,
});
export type JobAnswer = z.infer<typeof JobAnswer>;

export const JobReserve = z.object({
  id: Id,
  fieldId: z.string(),
  familyLabel: z.string(),
  fieldLabel: z.string(),
  status: ReserveStatus,
  description: z.string(),
  raisedBy: Id,
  raisedByName: z.string(),
  raisedAt: IsoDateTime,
  assigneeId: Id.nullable(),
  updatedAt: IsoDateTime,
  version: z.number().int(),
});
export type JobReserve = z.infer<typeof JobReserve>;

export const AttachmentKind = z.enum(['photo', 'barcode', 'document']);
export type AttachmentKind = z.infer<typeof AttachmentKind>;

export const JobAttachment = z.object({
  id: Id,
  kind: AttachmentKind,
  description: z.string().nullable(),
  barcodeValue: z.string().nullable(),
  barcodeFormat: z.string().nullable(),
  fileName: z.string().nullable(),
  contentType: z.string().nullable(),
  sizeBytes: z.number().int().nullable(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  /** Documents and photos added by the office for the technician; technicians' own are visible too. */
  visibleToTechnician: z.boolean(),
  createdBy: Id.nullable(),
  createdByName: z.string().nullable(),
  createdAt: IsoDateTime,
});
export type JobAttachment = z.infer<typeof JobAttachment>;

export const Signer = z.enum(['customer', 'technician']);
export type Signer = z.infer<typeof Signer>;

export const JobSignature = z.object({
  signer: Signer,
  signerName: z.string(),
  /** PNG data URL. */
  image: z.string(),
  signedBy: Id.nullable(),
  signedAt: IsoDateTime,
});
export type JobSignature = z.infer<typeof JobSignature>;

export const JobItemLine = z.object({
  id: Id,
  itemId: Id,
  reference: z.string(),
  name: z.string(),
  kind: z.enum(['part', 'service']),
  familyId: Id,
  familyName: z.string(),
  unit: z.string(),
  quantity: z.number().describe("In the item's unit: whole for pieces and flat rates, up to two decimals otherwise"),
  serial: z.string().nullable(),
  serialUnitId: Id.nullable(),
  shortfall: z
    .number()
    .min(0)
    .describe("Stock shortfall: what the technician's van lacked for this line (0: none); an estimate until the job ends, then fixed"),
  shortfallResolution: z.enum(shortfallResolutions).nullable().describe('How the office settled the shortfall; null while open or when none'),
  /** Price and tax at the moment the line was added. */
  unitPriceCents: z.number().int(),
  taxRateBp: z.number().int(),
  lineTotalCents: z.number().int(),
  createdAt: IsoDateTime,
});
export type JobItemLine = z.infer<typeof JobItemLine>;

/**
 * A take-back of a serial recorded somewhere else (issue 14 §1), as the office sees it: which
 * customer or depot the record named, and the office's answer (null while open).
 */
export const TakeBackDiscrepancy = z.object({
  recordedAt: z.enum(discrepancyPlaces),
  customer: NamedRef.optional(),
  depot: NamedRef.optional(),
  /** The serial the technician typed, when the office corrected it. */
  reportedSerial: z.string().nullable(),
  resolution: z.enum(discrepancyResolutions).nullable(),
  resolvedBy: NamedRef.nullable(),
  resolvedAt: IsoDateTime.nullable(),
});
export type TakeBackDiscrepancy = z.infer<typeof TakeBackDiscrepancy>;

export const JobTakeBack = z.object({
  id: Id,
  serial: z.string(),
  serialUnitId: Id.nullable(),
  itemId: Id,
  itemName: z.string(),
  itemReference: z.string(),
  familyId: Id,
  familyName: z.string(),
  status: TakeBackStatus,
  /** The serial was found among the units installed at this customer. */
  wasFound: z.boolean(),
  recordedElsewhere: z
    .boolean()
    .describe('The serial is recorded at another customer or in a depot and the office has not settled it yet: accepted, the unit stays on its record until then'),
  /** Office reads only (the technician API never carries it): where the unit was recorded, and the office's answer. */
  discrepancy: TakeBackDiscrepancy.nullable().optional(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type JobTakeBack = z.infer<typeof JobTakeBack>;

export const JobTotals = z.object({
  exclTaxCents: z.number().int(),
  taxCents: z.number().int(),
  inclTaxCents: z.number().int(),
  currency: z.string(),
});
export type JobTotals = z.infer<typeof JobTotals>;

export const JobReport = z.object({
  answers: z.array(JobAnswer),
  reserves: z.array(JobReserve),
  attachments: z.array(JobAttachment),
  signatures: z.array(JobSignature),
  items: z.array(JobItemLine),
  takeBacks: z.array(JobTakeBack),
  totals: JobTotals,
});
export type JobReport = z.infer<typeof JobReport>;

/** One line of a job's history. */
export const JobEvent = z.object({
  id: Id,
  type: z.string(),
  fromStatus: JobStatus.nullable(),
  toStatus: JobStatus.nullable(),
  actorId: Id.nullable(),
  actorName: z.string().nullable(),
  source: z.enum(['console', 'field', 'system']),
  data: z.record(z.string(), z.unknown()),
  occurredAt: IsoDateTime,
});
export type JobEvent = z.infer<typeof JobEvent>;
