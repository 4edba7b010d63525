import type { Insertable, Kysely } from 'kysely';
import type { AttachmentVariant, JobAttachment } from '@contract';
import type { AttachmentsTable, Database } from '../../db/database';
import { nowIso } from '../../shared/clock';

export type NewAttachment = Omit<Insertable<AttachmentsTable>, 'id' | 'createdAt'>;

/** Who added an attachment decides who may delete it: technicians their own kind, the office its documents. */
export type AttachmentOrigin = 'technician' | 'office';

export interface AttachmentRecord extends JobAttachment {
  jobId: string;
  origin: AttachmentOrigin;
}

/** Writes an attachment and, for a file, its content and thumbnail (same transaction). */
export async function insertAttachment(
  trx: Kysely<Database>,
  values: NewAttachment,
  content: { content: Buffer; thumbnail: Buffer | null } | null,
): Promise<string> {
  const id = crypto.randomUUID();
  await trx.insertInto('attachments').values({ ...values, id, createdAt: nowIso() }).execute();
  if (content) await trx.insertInto('attachmentContents').values({ attachmentId: id, ...content }).execute();
  return id;
}

/** The one column list of an attachment in the contract's shape (with its author's name): filter, order, then map with toAttachment. */
export function attachmentRows(db: Kysely<Database>) {
  return db
    .selectFrom('attachments')
    .leftJoin('users', 'users.id', 'attachments.createdBy')
    .select([
      'attachments.id',
      'attachments.kind',
      'attachments.description',
      'attachments.barcodeValue',
      'attachments.barcodeFormat',
      'attachments.fileName',
      'attachments.contentType',
      'attachments.sizeBytes',
      'attachments.width',
      'attachments.height',
      'attachments.visibleToTechnician',
      'attachments.createdBy',
      'users.displayName as createdByName',
      'attachments.createdAt',
    ]);
}

type AttachmentRow = Awaited<ReturnType<ReturnType<typeof attachmentRows>['execute']>>[number];

export function toAttachment(row: AttachmentRow): JobAttachment {
  return { ...row, visibleToTechnician: row.visibleToTechnician === 1 };
}

/** One attachment in the contract's shape (with its job and origin), or undefined. */
export async function findAttachment(db: Kysely<Database>, id: string): Promise<AttachmentRecord | undefined> {
  const row = await attachmentRows(db)
    .select(['attachments.jobId', 'users.role as createdByRole'])
    .where('attachments.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { createdByRole, jobId, ...attachment } = row;
  return { ...toAttachment(attachment), jobId, origin: createdByRole === 'technician' ? 'technician' : 'office' };
}

/** The public shape (without the job id and origin). */
export function toJobAttachment(record: AttachmentRecord): JobAttachment {
  const { jobId: _jobId, origin: _origin, ...attachment } = record;
  return attachment;
}

/** Removes an attachment; its content goes with it (cascade, and explicitly for SQLite without foreign keys). */
export async function deleteAttachment(trx: Kysely<Database>, id: string): Promise<void> {
  await trx.deleteFrom('attachmentContents').where('attachmentId', '=', id).execute();
  await trx.deleteFrom('attachments').where('id', '=', id).execute();
}

/** The stored bytes of an attachment (the original, or its thumbnail), or null when there are none. */
export async function readContent(db: Kysely<Database>, id: string, variant: AttachmentVariant): Promise<Buffer | null> {
  const row = await db
    .selectFrom('attachmentContents')
    .select(variant === 'thumbnail' ? 'thumbnail as bytes' : 'content as bytes')
    .where('attachmentId', '=', id)
    .executeTakeFirst();
  return row?.bytes ? Buffer.from(row.bytes) : null;
}
