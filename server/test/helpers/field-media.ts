import { readFileSync } from 'node:fs';
import type { InjectOptions } from 'fastify';
import sharp from 'sharp';
import { multipartBody } from '../../src/modules/attachments/multipart-body';
import { fieldFixture, type FieldFixture } from './field';
import type { Credentials, TestApp } from './test-app';

/** The photo fixture: JPEG with camera make/model, owner and GPS position, orientation "rotate 90°". */
export const PHOTO_WITH_GPS = readFileSync(new URL('../fixtures/photo-with-gps.jpg', import.meta.url));

export type StartedJobFixture = FieldFixture & { jobUrl: string };

/** The field fixture on a started job, with that job's field URL. */
export async function startedJobFixture(t: TestApp): Promise<StartedJobFixture> {
  const f = await fieldFixture(t, { status: 'started' });
  return { ...f, jobUrl: `/api/field/jobs/${f.job.id}` };
}

/** A small PNG drawn on the spot (a signature, an office photo). */
export async function aPng(width = 60, height = 20): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0.5 } } }).png().toBuffer();
}

export const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

/** A multipart upload as the app sends it; a fresh Idempotency-Key unless `key` is given (null: none). */
export function uploadRequest(
  caller: Credentials,
  url: string,
  fields: Record<string, string>,
  file?: { name: string; type: string; bytes: Buffer },
  key: string | null = crypto.randomUUID(),
): InjectOptions {
  const { body, headers } = multipartBody(fields, file);
  return {
    method: 'POST',
    url,
    payload: body,
    headers: { ...caller.headers, ...headers, ...(key === null ? {} : { 'idempotency-key': key }) },
  };
}

export async function countOf(t: TestApp, table: 'attachments' | 'attachmentContents' | 'signatures'): Promise<number> {
  const row = await t.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function historyOf(t: TestApp, jobId: string): Promise<{ type: string; data: Record<string, unknown> }[]> {
  const rows = await t.db.selectFrom('jobEvents').select(['type', 'data']).where('jobId', '=', jobId).orderBy('occurredAt').orderBy('id').execute();
  return rows.map((r) => ({ type: r.type, data: JSON.parse(r.data) as Record<string, unknown> }));
}

/** Whether EXIF bytes (TIFF, little- or big-endian) hold the GPS IFD pointer tag 0x8825 in IFD0. */
export function hasGpsPointer(exif: Buffer): boolean {
  const tiff = exif.subarray(exif.indexOf('Exif\0\0') + 6);
  const le = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (o: number) => (le ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o));
  const u32 = (o: number) => (le ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o));
  const ifd0 = u32(4);
  const entries = u16(ifd0);
  for (let i = 0; i < entries; i++) if (u16(ifd0 + 2 + i * 12) === 0x8825) return true;
  return false;
}
