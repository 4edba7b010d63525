import type { Kysely } from 'kysely';
import { FieldAttachmentInput, type JobAttachment } from '@contract';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork } from '../../plugins/unit-of-work';
import { AppError, conflict, invalidInput, notFound } from '../../shared/errors';
import { deleteAttachment, findAttachment, insertAttachment, toJobAttachment, type AttachmentRecord, checkImage, type CheckedImage, parseFields, storedFileName, type UploadBody } from '../attachments';
import { assertWorking, callerJob } from './field-job-access';
import { clearSignaturesAfterEdit } from './signature-rules';
import { touchJob } from '../job-lifecycle';
import { fieldsUsingPhoto } from '../job-report';

/**
 * A cheap check outside any transaction, before the costly work (decoding a photo): the caller is
 * on this job, else 404 (another technician's job looks like no job). `callerJob` checks it again
 * under the lock.
 */
export async function assertOnJob(db: Kysely<Database>, jobId: string, userId: string): Promise<void> {
  const link = await db.selectFrom('jobTechnicians').select('role').where('jobId', '=', jobId).where('userId', '=', userId).executeTakeFirst();
  if (!link) throw notFound('This job');
}

/** A photo (file part, checked by content) or a barcode reading added by a technician of the job. */
export async function addFieldAttachment(db: Kysely<Database>, jobId: string, actor: Actor, upload: UploadBody): Promise<JobAttachment> {
  const input = parseFields(FieldAttachmentInput, upload.fields);
  if (input.kind === 'photo' && !upload.file) throw invalidInput([{ in: 'body', path: 'file', message: 'A photo needs its file' }]);
  if (input.kind === 'barcode' && upload.file) throw invalidInput([{ in: 'body', path: 'file', message: 'A barcode reading has no file' }]);
  await assertOnJob(db, jobId, actor.id);
  const photo: CheckedImage | null = upload.file ? await checkImage(upload.file.bytes) : null;

  const id = await inUnitOfWork(db, async (uow) => {

    const { trx } = uow;
    const { job } = await callerJob(uow, jobId, actor.id);
    assertWorking(job);
    const created = await insertAttachment(
      trx,
      {
        jobId: job.id,
        kind: input.kind,
        description: input.description ?? null,
        barcodeValue: input.kind === 'barcode' ? input.value : null,
        barcodeFormat: input.kind === 'barcode' ? (input.format ?? null) : null,
        fileName: photo ? storedFileName(upload.file!.fileName, photo.ext, 'photo') : null,
        contentType: photo?.contentType ?? null,
        sizeBytes: photo?.content.length ?? null,
        width: photo?.width ?? null,
        height: photo?.height ?? null,
        visibleToTechnician: 1,
        createdBy: actor.id,
      },
      photo ? { content: photo.content, thumbnail: photo.thumbnail } : null,
    );
    await clearSignaturesAfterEdit(trx, job.id, actor);
    await touchJob(uow, job, {
      actor,
      source: 'field',
      event: { type: 'attachment_added', data: { kind: input.kind, attachmentId: created } },
      audit: {
        action: 'attachment_added',
        entityType: 'job',
        entityId: job.id,
        changes: { attachment: { before: null, after: { id: created, kind: input.kind, description: input.description ?? null } } },
      },
    });
    return created;
  });
  return toJobAttachment((await findAttachment(db, id))!);
}

/**
 * Deletes a photo or barcode a technician added; the office's documents stay (403 `office_document`),
 * and so does a photo a report answer uses (409 `attachment_in_use`, naming the fields).
 */
export async function deleteFieldAttachment(db: Kysely<Database>, jobId: string, attachmentId: string, actor: Actor): Promise<void> {
  await inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    const { job } = await callerJob(uow, jobId, actor.id);
    const attachment = await attachmentOfJob(trx, job.id, attachmentId);
    assertWorking(job);
    if (attachment.origin !== 'technician' || attachment.kind === 'document') {
      throw new AppError(403, 'office_document', 'Documents from the office cannot be deleted from the app.');
    }
    // An answer never points at a missing photo: the app takes the photo out of the answer first.
    const usedBy = await fieldsUsingPhoto(trx, job, attachment.id);
    if (usedBy.length > 0) {
      throw conflict('attachment_in_use', `This photo is part of the answer to "${usedBy[0]!.fieldLabel}": take it out of the answer first.`, { fields: usedBy });
    }
    await deleteAttachment(trx, attachment.id);
    await clearSignaturesAfterEdit(trx, job.id, actor);
    await touchJob(uow, job, {
      actor,
      source: 'field',
      event: { type: 'attachment_deleted', data: { kind: attachment.kind, attachmentId: attachment.id } },
      audit: {
        action: 'attachment_deleted',
        entityType: 'job',
        entityId: job.id,
        changes: { attachment: { before: { id: attachment.id, kind: attachment.kind, description: attachment.description }, after: null } },
      },
    });
  });
}

/** An attachment of this job that technicians may see, else 404. */
export async function attachmentOfJob(db: Kysely<Database>, jobId: string, attachmentId: string): Promise<AttachmentRecord> {
  const attachment = await findAttachment(db, attachmentId);
  if (!attachment || attachment.jobId !== jobId || !attachment.visibleToTechnician) throw notFound('This attachment');
  return attachment;
}
