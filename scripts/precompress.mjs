#!/usr/bin/env node
// After `ng build`: writes a brotli (`.br`, quality 11) and a gzip (`.gz`, level 9) copy beside every
// compressible file of the built console, which the server sends as such to browsers that accept them
// (server/src/plugins/static-console.ts). Compressing once at the highest levels costs seconds here
// and nothing per request. A copy that would not be smaller is not written.
// Usage: node scripts/precompress.mjs [--if-stale] [browser folder, default dist/fielddesk/browser]
// --if-stale: nothing to do when index.html's copies are newer than it (a console built by `npx ng build`
// alone gets its copies when the server is next started through scripts/start.mjs or e2e-server.mjs).
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** Text formats; images and fonts (woff2 is brotli inside) are compressed already. */
const COMPRESSIBLE = /\.(js|mjs|css|html|json|svg|txt|xml|webmanifest|ico)$/;

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (COMPRESSIBLE.test(entry.name)) yield path;
  }
}

/** Writes the copies of one file; answers its bytes before and after (the smaller copy, brotli). */
async function precompress(path) {
  const raw = await readFile(path);
  const [br, gzipped] = await Promise.all([
    brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
    gz(raw, { level: 9 }),
  ]);
  if (br.length < raw.length) await writeFile(`${path}.br`, br);
  if (gzipped.length < raw.length) await writeFile(`${path}.gz`, gzipped);
  return { raw: raw.length, br: Math.min(br.length, raw.length) };
}

const args = process.argv.slice(2);
const ifStale = args.includes('--if-stale');
const dir = args.find((arg) => !arg.startsWith('--')) ?? 'dist/fielddesk/browser';
const index = join(dir, 'index.html');
if (!existsSync(index)) process.exit(0);
if (ifStale && existsSync(`${index}.br`) && statSync(`${index}.br`).mtimeMs >= statSync(index).mtimeMs) process.exit(0);
const started = Date.now();
const paths = [];
for await (const path of files(dir)) paths.push(path);
let raw = 0;
let br = 0;
// A few at a time: zlib runs them on the thread pool, and the machine may be shared.
for (let i = 0; i < paths.length; i += 4) {
  for (const sizes of await Promise.all(paths.slice(i, i + 4).map(precompress))) {
    raw += sizes.raw;
    br += sizes.br;
  }
}
const kB = (bytes) => `${(bytes / 1000).toFixed(0)} kB`;
console.log(`precompress: ${paths.length} files, ${kB(raw)} → ${kB(br)} brotli, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
