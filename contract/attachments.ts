import { z } from 'zod';
import { Id, SafeText } from './common';
import { JobAttachment, Signer } from './job-report';
import { SignatureAnswer } from './report-answer';

export * from './rules/attachments';

/**
 * Photos, barcodes, office documents and signatures of a job (technician API and console).
 * Uploads are multipart: the text fields are checked with these schemas, the file part by content.
 */

export const AttachmentDescription = SafeText(500).pipe(z.string().min(1));

/** Multipart text fields of a barcode reading (no file part). */
export const BarcodeInput = z.strictObject({
  kind: z.literal('barcode'),
  /** As read: any printable text; the GS1 group separator (U+001D) is kept. */
  value: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .regex(/^[^\u0000-\u001C\u001E\u001F\u007F]+$/, 'Invalid characters found'),
  format: z.string().trim().min(1).max(40).regex(/^[A-Za-z0-9_ -]+$/, 'Invalid characters found').optional(),
  description: AttachmentDescription.optional(),
});
export type BarcodeInput = z.infer<typeof BarcodeInput>;

/** Multipart text fields accompanying a photo file part. */
export const PhotoInput = z.strictObject({
  kind: z.literal('photo'),
  description: AttachmentDescription.optional(),
});
export type PhotoInput = z.infer<typeof PhotoInput>;

/** Text fields of a technician's upload: a photo (with its file part) or a barcode reading. */
export const FieldAttachmentInput = z.discriminatedUnion('kind', [PhotoInput, BarcodeInput]);
export type FieldAttachmentInput = z.infer<typeof FieldAttachmentInput>;

/** Multipart text fields of an office document added for the technician (photo or PDF file part). */
export const OfficeDocumentInput = z.strictObject({
  description: AttachmentDescription.optional(),
});
export type OfficeDocumentInput = z.infer<typeof OfficeDocumentInput>;

/** Answer of an upload: the stored attachment. */
export const FieldAttachmentCreated = JobAttachment;
export type FieldAttachmentCreated = z.infer<typeof FieldAttachmentCreated>;

/** Body of PUT /api/field/jobs/:id/signatures/:signer (PNG data URL, checked by content on the server). */
export const SignatureInput = SignatureAnswer;
export type SignatureInput = z.infer<typeof SignatureInput>;

export const SignerParam = z.strictObject({ id: Id, signer: Signer });
export type SignerParam = z.infer<typeof SignerParam>;

export const JobAttachmentParam = z.strictObject({ id: Id, aid: Id });
export type JobAttachmentParam = z.infer<typeof JobAttachmentParam>;

export const AttachmentVariant = z.enum(['original', 'thumbnail']);
export type AttachmentVariant = z.infer<typeof AttachmentVariant>;

export const AttachmentDownloadQuery = z.strictObject({ variant: AttachmentVariant.optional() });
export type AttachmentDownloadQuery = z.infer<typeof AttachmentDownloadQuery>;
