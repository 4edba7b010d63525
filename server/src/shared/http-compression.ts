// How the API compresses its answers (plugins/compression.ts); bench/wire.ts measures these choices.

/**
 * Answers of at least this many bytes are compressed; below it the encoding's framing and the CPU
 * buy nothing (a small JSON answer already fits in one TCP packet).
 */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * Brotli at quality 1 (gzip level 1 for clients without brotli): on the jobs grid's 50-row block
 * (31 kB of JSON), quality 1 sends 5.4 kB for about 0.1 ms of CPU, where @fastify/compress's default
 * quality 4 sends 4.4 kB for 4–5 times that, and gzip 1 5.3 kB for twice that (`npm run bench -- wire`,
 * bench/RESULTS.md). At the 2,000 blocks/s of the 50-manager target that is a fifth of one core against
 * a whole one. The console's own files are compressed once, at the highest levels, when it is built
 * (`scripts/precompress.mjs`), and served as such by `plugins/static-console.ts`.
 */
export const API_BROTLI_QUALITY = 1;
export const API_GZIP_LEVEL = 1;
