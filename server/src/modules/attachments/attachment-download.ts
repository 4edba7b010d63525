import type { FastifyReply } from 'fastify';
import type { Kysely } from 'kysely';
import type { AttachmentVariant } from '@contract';
import type { Database } from '../../db/database';
import { notFound } from '../../shared/errors';
import { readContent, type AttachmentRecord } from './attachments.repository';

/**
 * Sends a stored file as a download: never rendered inline by the browser (attachment disposition,
 * nosniff, the type we stored after checking the content). Barcodes have no file: 404.
 */
export async function sendAttachment(
  db: Kysely<Database>,
  reply: FastifyReply,
  attachment: AttachmentRecord,
  variant: AttachmentVariant = 'original',
): Promise<FastifyReply> {
  const bytes = await readContent(db, attachment.id, variant);
  if (!bytes) throw notFound(variant === 'thumbnail' ? 'This thumbnail' : 'This file');
  const thumbnail = variant === 'thumbnail';
  const name = attachment.fileName ?? `attachment-${attachment.id}`;
  const fileName = thumbnail ? name.replace(/\.[^.]*$/, '') + '-thumbnail.jpg' : name;
  return reply
    .header('content-type', thumbnail ? 'image/jpeg' : (attachment.contentType ?? 'application/octet-stream'))
    .header('content-disposition', contentDisposition(fileName))
    .header('x-content-type-options', 'nosniff')
    .header('content-length', bytes.length)
    .send(bytes);
}

/** RFC 6266: an ASCII fallback name plus the exact UTF-8 name. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '') || 'attachment';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
