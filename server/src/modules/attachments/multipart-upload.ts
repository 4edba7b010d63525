import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { MAX_ATTACHMENT_BYTES } from '@contract';
import { AppError, badRequest, invalidInput } from '../../shared/errors';

/** One uploaded file, read whole (the size limit is enforced while it streams in). */
export interface UploadedFile {
  fieldName: string;
  /** As sent by the client: only used to name the download, never to decide the type. */
  fileName: string;
  bytes: Buffer;
}

/**
 * What an upload route's handler reads as `request.body`: the text fields, and the file part if
 * any. Built before the idempotency check, which fingerprints it (the file by a hash of its bytes).
 */
export interface UploadBody {
  /** Strings from a multipart body; any JSON value from a JSON body (the schema then refuses what is not text). */
  fields: Record<string, unknown>;
  file: UploadedFile | null;
}

const LIMITS = { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 10, fieldSize: 4_000, parts: 11, headerPairs: 50 };

/** Registers multipart parsing in the caller's plugin scope only (its routes, not the whole API). */
export async function registerUploads(scope: FastifyInstance): Promise<void> {
  // File names as browsers and apps send them: UTF-8 (busboy's default reads them as Latin-1; its typings omit the option).
  const options = { limits: LIMITS, throwFileSizeLimit: true, defParamCharset: 'utf8' };
  await scope.register(multipart, options);
}

/**
 * Route `preValidation`: reads a multipart body (at most one file, MAX_ATTACHMENT_BYTES → 413
 * `payload_too_large` as soon as the stream goes past it) into an UploadBody. A JSON object of text
 * fields is accepted too (for uploads without a file, e.g. a barcode reading).
 */
export async function readUpload(request: FastifyRequest): Promise<void> {
  if (!request.isMultipart()) {
    const body = request.body;
    if (body && typeof body === 'object' && !Array.isArray(body)) {
      request.body = { fields: body as Record<string, unknown>, file: null } satisfies UploadBody;
      return;
    }
    throw new AppError(415, 'unsupported_media_type', 'Send the upload as multipart/form-data.');
  }
  const fields: Record<string, unknown> = {};
  let file: UploadedFile | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        file = { fieldName: part.fieldname, fileName: part.filename, bytes: await part.toBuffer() };
      } else {
        if (part.fieldname in fields) throw badRequest('invalid_input', `The field "${part.fieldname}" is sent twice.`);
        if (part.valueTruncated) throw tooLarge();
        fields[part.fieldname] = String(part.value);
      }
    }
  } catch (error) {
    throw uploadError(error);
  }
  request.body = { fields, file } satisfies UploadBody;
}

/** The text fields checked by a strict zod schema: 400 `invalid_input` with issues like every other body. */
export function parseFields<S extends z.ZodType>(schema: S, fields: Record<string, unknown>): z.infer<S> {
  const parsed = schema.safeParse(fields);
  if (parsed.success) return parsed.data;
  throw invalidInput(
    parsed.error.issues.flatMap((issue) => {
      const path = issue.path.map(String).join('.');
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => ({ in: 'body', path: path ? `${path}.${key}` : key, message: 'Unknown field' }));
      }
      return [{ in: 'body', path, message: issue.message }];
    }),
  );
}

/** The download name of a stored file: the client's base name, cleaned, with the extension of its real type. */
export function storedFileName(clientName: string, ext: string, fallback: string): string {
  const base = (clientName.split(/[\\/]/).pop() ?? '')
    .replace(/\.[^.]*$/, '')
    .replace(/[\u0000-\u001f\u007f"<>:|?*]/g, '')
    .trim()
    .slice(0, 120);
  return `${base || fallback}.${ext}`;
}

const tooLarge = () =>
  new AppError(413, 'payload_too_large', 'The file is too large.', { maxBytes: MAX_ATTACHMENT_BYTES });

/** Multipart's own errors (limits, malformed bodies) as our 4xx answers, never a 500. */
function uploadError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge();
  if (code === 'FST_FILES_LIMIT' || code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT') {
    return badRequest('invalid_multipart', 'Send one file and a few text fields only.');
  }
  return badRequest('invalid_multipart', 'The multipart body could not be read.');
}
