import { deflateSync } from 'node:zlib';
import type { Rng } from './random';

/** Small PNG images built by hand (no image library): photos and signature scribbles for the demo. */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

/** An RGB image: `pixels` holds width × height × 3 bytes. */
export interface RgbImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

export function encodePng(image: RgbImage): Buffer {
  const { width, height, pixels } = image;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  const stride = width * 3;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    raw.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function blank(width: number, height: number, rgb: readonly [number, number, number]): RgbImage {
  const pixels = new Uint8Array(width * height * 3);
  for (let i = 0; i < pixels.length; i += 3) pixels.set(rgb, i);
  return { width, height, pixels };
}

function setPixel(image: RgbImage, x: number, y: number, rgb: readonly [number, number, number]): void {
  if (x < 0 || y < 0 || x >= image.width || y >= image.height) return;
  image.pixels.set(rgb, (Math.floor(y) * image.width + Math.floor(x)) * 3);
}

/**
 * A 64×48 "site photo": a wall gradient, a coloured appliance with a darker panel, a pipe.
 * Different enough from one photo to the next to be told apart in a gallery.
 */
export function photo(rng: Rng): { png: Buffer; thumbnail: Buffer; width: number; height: number } {
  const width = 64;
  const height = 48;
  const wall = [rng.int(150, 230), rng.int(150, 230), rng.int(140, 220)] as const;
  const body = [rng.int(20, 240), rng.int(20, 240), rng.int(20, 240)] as const;
  const image = blank(width, height, wall);
  for (let y = 0; y < height; y++) {
    const shade = 1 - y / (height * 2.5);
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      for (let c = 0; c < 3; c++) image.pixels[i + c] = Math.round(wall[c] * shade + rng.int(-6, 6));
    }
  }
  const x0 = rng.int(6, 26);
  const y0 = rng.int(4, 14);
  const w = rng.int(18, 32);
  const h = rng.int(20, 30);
  for (let y = y0; y < Math.min(height, y0 + h); y++) for (let x = x0; x < Math.min(width, x0 + w); x++) setPixel(image, x, y, body);
  const panel = [body[0] >> 1, body[1] >> 1, body[2] >> 1] as const;
  for (let y = y0 + 3; y < y0 + 8; y++) for (let x = x0 + 3; x < x0 + w - 3; x++) setPixel(image, x, y, panel);
  const pipe = [120, 120, 125] as const;
  const px = x0 + Math.floor(w / 2);
  for (let y = y0 + h; y < height; y++) for (let x = px - 1; x <= px + 1; x++) setPixel(image, x, y, pipe);
  return { png: encodePng(image), thumbnail: encodePng(halve(image)), width, height };
}

function halve(image: RgbImage): RgbImage {
  const width = image.width >> 1;
  const height = image.height >> 1;
  const pixels = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 3; c++) {
        const at = (yy: number, xx: number) => image.pixels[(yy * image.width + xx) * 3 + c];
        const sum = at(2 * y, 2 * x) + at(2 * y, 2 * x + 1) + at(2 * y + 1, 2 * x) + at(2 * y + 1, 2 * x + 1);
        pixels[(y * width + x) * 3 + c] = sum >> 2;
      }
    }
  }
  return { width, height, pixels };
}

/** A handwritten-looking scribble, 160×60, dark blue ink on white, as a data URL. */
export function signatureDataUrl(rng: Rng): string {
  const image = blank(160, 60, [255, 255, 255]);
  const ink = [rng.int(10, 40), rng.int(20, 50), rng.int(90, 140)] as const;
  // Cursive loops are a trochoid: a pen moving right while circling; one to three "words".
  const words = rng.int(1, 3);
  let x0 = rng.float(6, 16);
  for (let w = 0; w < words && x0 < 130; w++) {
    const length = rng.float(30, 70);
    const speed = rng.float(0.9, 1.4);
    const radius = rng.float(2, 5);
    const height = rng.float(6, 14);
    const turn = rng.float(0.35, 0.6);
    const baseline = rng.float(28, 38);
    let previous: [number, number] | null = null;
    for (let t = 0; t * speed < length; t += 0.25) {
      const x = x0 + t * speed + radius * Math.cos(t * turn);
      const y = baseline + height * Math.sin(t * turn * 1.3) * (0.6 + 0.4 * Math.sin(t / 7));
      if (previous) line(image, previous[0], previous[1], x, y, ink);
      previous = [x, y];
    }
    x0 += length + rng.float(6, 14);
  }
  const underline = rng.float(44, 52);
  if (rng.chance(0.6)) line(image, rng.float(8, 20), underline, Math.min(155, x0), underline - rng.float(-4, 4), ink);
  return `data:image/png;base64,${encodePng(image).toString('base64')}`;
}

function line(image: RgbImage, x1: number, y1: number, x2: number, y2: number, rgb: readonly [number, number, number]): void {
  const steps = Math.max(1, Math.ceil(Math.max(Math.abs(x2 - x1), Math.abs(y2 - y1)) * 2));
  for (let i = 0; i <= steps; i++) {
    const x = x1 + ((x2 - x1) * i) / steps;
    const y = y1 + ((y2 - y1) * i) / steps;
    setPixel(image, x, y, rgb);
    setPixel(image, x + 0.5, y + 0.5, rgb);
  }
}
