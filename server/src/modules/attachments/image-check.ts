import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { MAX_SIGNATURE_BYTES, THUMBNAIL_EDGE_PX } from '@contract';
import { AppError } from '../../shared/errors';

// Two shared cores: one libvips thread per image, and no cache of decoded images between requests.
sharp.concurrency(1);
sharp.cache(false);

/** A decompression bomb (a tiny file of billions of pixels) is refused before it is decoded. */
const MAX_INPUT_PIXELS = 50_000_000;
const MAX_SIGNATURE_EDGE_PX = 3000;

const IMAGE_TYPES: Record<string, { ext: string; encode: (image: sharp.Sharp) => sharp.Sharp }> = {
  'image/jpeg': { ext: 'jpg', encode: (image) => image.jpeg({ quality: 88 }) },
  'image/png': { ext: 'png', encode: (image) => image.png() },
  'image/webp': { ext: 'webp', encode: (image) => image.webp({ quality: 88 }) },
};
// HEIC/HEIF photos (iPhones) only when this build of sharp can decode them (the prebuilt one reads AVIF only).
if (sharp.format.heif?.input?.fileSuffix?.includes('.heic')) {
  IMAGE_TYPES['image/heic'] = { ext: 'jpg', encode: (image) => image.jpeg({ quality: 88 }) };
}
/** What the stored copy is once re-encoded (HEIC is kept as JPEG, which every browser shows). */
const STORED_TYPE: Record<string, string> = { 'image/heic': 'image/jpeg' };

export const ACCEPTED_IMAGE_TYPES = Object.keys(IMAGE_TYPES);

export interface CheckedImage {
  /** Re-encoded, auto-oriented, without metadata (EXIF GPS, camera, comments). */
  content: Buffer;
  contentType: string;
  ext: string;
  width: number;
  height: number;
  /** JPEG, at most THUMBNAIL_EDGE_PX on its longest edge. */
  thumbnail: Buffer;
}

export const unsupportedImage = () =>
  new AppError(415, 'unsupported_image', 'This file is not a photo we can read (JPEG, PNG or WebP).', { accepted: ACCEPTED_IMAGE_TYPES });

/** The real type of a file, read from its first bytes (never from its name or declared type). */
export async function sniffType(bytes: Buffer): Promise<string | null> {
  return (await fileTypeFromBuffer(bytes))?.mime ?? null;
}

export function isAcceptedImage(mime: string | null): mime is string {
  return mime !== null && mime in IMAGE_TYPES;
}

/**
 * A photo checked by its content: decoded (415 `unsupported_image` when it is not an image of an
 * accepted type, or does not decode), turned upright, re-encoded without its metadata, plus a thumbnail.
 */
export async function checkImage(bytes: Buffer): Promise<CheckedImage> {
  const mime = await sniffType(bytes);
  if (!isAcceptedImage(mime)) throw unsupportedImage();
  const type = IMAGE_TYPES[mime]!;
  try {
    const source = () => sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).rotate();
    const { data, info } = await type.encode(source()).toBuffer({ resolveWithObject: true });
    const thumbnail = await source()
      .resize(THUMBNAIL_EDGE_PX, THUMBNAIL_EDGE_PX, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 75 })
      .toBuffer();
    return { content: data, contentType: STORED_TYPE[mime] ?? mime, ext: type.ext, width: info.width, height: info.height, thumbnail };
  } catch {
    throw unsupportedImage();
  }
}

/**
 * A signature drawn on the device: a PNG data URL whose bytes really are a PNG, small enough, and
 * re-encoded so that no text chunk or other metadata is kept. Answers the stored data URL.
 */
export async function checkSignaturePng(dataUrl: string): Promise<string> {
  const bytes = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
  if (bytes.length > MAX_SIGNATURE_BYTES) {
    throw new AppError(413, 'payload_too_large', 'The signature image is too large.', { maxBytes: MAX_SIGNATURE_BYTES });
  }
  if ((await sniffType(bytes)) !== 'image/png') throw invalidSignature();
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_SIGNATURE_EDGE_PX * MAX_SIGNATURE_EDGE_PX, failOn: 'error' });
    const { width = 0, height = 0 } = await image.metadata();
    if (width > MAX_SIGNATURE_EDGE_PX || height > MAX_SIGNATURE_EDGE_PX) throw invalidSignature();
    const clean = await image.png({ compressionLevel: 9 }).toBuffer();
    return `data:image/png;base64,${clean.toString('base64')}`;
  } catch {
    throw invalidSignature();
  }
}

const invalidSignature = () => new AppError(422, 'invalid_signature', 'The signature must be a PNG image.');
