import type { Kysely } from 'kysely';
import { closedStatuses, OfficeDocumentInput, type JobAttachment } from '@contract';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork, type UnitOfWork } from '../../plugins/unit-of-work';
import { AppError, conflict, invalidInput, notFound } from '../../shared/errors';
import { lockJob, touchJob, type JobRow } from '../job-lifecycle';
import { deleteAttachment, findAttachment, insertAttachment, toJobAttachment } from './attachments.repository';
import { checkImage, isAcceptedImage, sniffType } from './image-check';
import { parseFields, storedFileName, type UploadBody } from './multipart-upload';

/** What the office may send to the technician: photos (checked and cleaned like the app's) and PDF documents. */
async function officeFile(file: NonNullable<UploadBody['file']>) {
  const mime = await sniffType(file.bytes);
  if (isAcceptedImage(mime)) {
    const photo = await checkImage(file.bytes);
    return { kind: 'photo' as const, ...photo, fileName: storedFileName(file.fileName, photo.ext, 'photo') };
  }
  if (mime === 'application/pdf') {
    return { kind: 'document' as const, content: file.bytes, thumbnail: null, contentType: mime, width: null, height: null, fileName: storedFileName(file.fileName, 'pdf', 'document') };
  }
  throw new AppError(415, 'unsupported_document', 'Send a photo (JPEG, PNG or WebP) or a PDF document.');
}

/** A document or photo the office adds to a job for its technicians (while the job is not closed). */
export async function addOfficeDocument(db: Kysely<Database>, jobId: string, actor: Actor, upload: UploadBody): Promise<JobAttachment> {
  const input = parseFields(OfficeDocumentInput, upload.fields);
  if (!upload.file) throw invalidInput([{ in: 'body', path: 'file', message: 'Send one file' }]);
  await existingJob(db, jobId);
  const file = await officeFile(upload.file);

  const id = await inUnitOfWork(db, async (uow) => {

    const { trx } = uow;
    const job = await openJob(uow, jobId);
    const created = await insertAttachment(
      trx,
      {
        jobId: job.id,
        kind: file.kind,
        description: input.description ?? null,
        barcodeValue: null,
        barcodeFormat: null,
        fileName: file.fileName,
        contentType: file.contentType,
        sizeBytes: file.content.length,
        width: file.width,
        height: file.height,
        visibleToTechnician: 1,
        createdBy: actor.id,
      },
      { content: file.content, thumbnail: file.thumbnail },
    );
    await touchJob(uow, job, {
      actor,
      source: 'console',
      event: { type: 'document_added', data: { kind: file.kind, attachmentId: created, fileName: file.fileName } },
      audit: { action: 'document_added', entityType: 'job', entityId: job.id, changes: { attachment: { before: null, after: { id: created, kind: file.kind, fileName: file.fileName } } } },
    });
    return created;
  });
  return toJobAttachment((await findAttachment(db, id))!);
}

/** Removes a document the office added; technicians' photos and barcodes are part of their report (403). */
export async function deleteOfficeDocument(db: Kysely<Database>, jobId: string, attachmentId: string, actor: Actor): Promise<void> {
  await inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    const job = await lockJob(uow, jobId);
    const attachment = await findAttachment(trx, attachmentId);
    if (!attachment || attachment.jobId !== job.id) throw notFound('This attachment');
    if (attachment.origin !== 'office') {
      throw new AppError(403, 'technician_attachment', 'Photos and barcodes from the technicians are part of their report and stay.');
    }
    assertOpen(job);
    await deleteAttachment(trx, attachment.id);
    await touchJob(uow, job, {
      actor,
      source: 'console',
      event: { type: 'attachment_deleted', data: { kind: attachment.kind, attachmentId: attachment.id, fileName: attachment.fileName } },
      audit: { action: 'document_deleted', entityType: 'job', entityId: job.id, changes: { attachment: { before: { id: attachment.id, kind: attachment.kind, fileName: attachment.fileName }, after: null } } },
    });
  });
}

async function existingJob(db: Kysely<Database>, jobId: string): Promise<void> {
  const job = await db.selectFrom('jobs').select('id').where('id', '=', jobId).executeTakeFirst();
  if (!job) throw notFound('This job');
}

async function openJob(uow: UnitOfWork, jobId: string): Promise<JobRow> {
  const job = await lockJob(uow, jobId);
  assertOpen(job);
  return job;
}

function assertOpen(job: JobRow): void {
  if (closedStatuses.includes(job.status)) {
    throw conflict('job_closed', 'This job is closed: its documents cannot change.', { currentStatus: job.status });
  }
}
