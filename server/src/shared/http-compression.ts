// How the API compresses its answers (plugins/compression.ts); bench/wire.ts measures these choices.

/**
 * Answers of at least this many bytes are compressed; below it the encoding's framing and the CPU
 * buy nothing (a small JSON answer already fits in one TCP packet).
 */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * Brotli at quality 1 and gzip at level 1: measured on a 50-row block of the jobs grid
 * (`npm run bench -- wire`), quality 1 costs about half of @fastify/compress's default quality 4
 * for a few percent more bytes, and this CPU is taken from the 50-manager throughput target.
 * The console's own files are compressed once, at the highest levels, when it is built
 * (`scripts/precompress.mjs`), and served as such by `static-console.ts`.
 */
export const API_BROTLI_QUALITY = 1;
export const API_GZIP_LEVEL = 1;
