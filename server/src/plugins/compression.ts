import { constants } from 'node:zlib';
import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import { API_BROTLI_QUALITY, API_GZIP_LEVEL, COMPRESSION_THRESHOLD_BYTES } from '../shared/http-compression';

/**
 * Compresses answers (JSON, CSV, HTML, text) of at least 1 kB with brotli or gzip, as the client
 * accepts; the live events stream (text/event-stream) and already encoded files are left as they are.
 */
export function compression(app: FastifyInstance): void {
  app.register(compress, {
    encodings: ['br', 'gzip'],
    threshold: COMPRESSION_THRESHOLD_BYTES,
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: API_BROTLI_QUALITY } },
    zlibOptions: { level: API_GZIP_LEVEL },
  });
}
