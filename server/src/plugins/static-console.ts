import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { markRoutesPublic } from './route-access';
import { markConsoleSubresource } from './security-headers';

/**
 * Angular names built files `main-7SKJ2GZQ.js`: content-addressed, so cacheable for good — and so
 * are their precompressed copies (`main-7SKJ2GZQ.js.br`, `.gz`) written by scripts/precompress.mjs.
 */
const HASHED_FILE = /-[A-Z0-9]{8}\.[a-z0-9]+(\.br|\.gz)?$/;

const NOT_BUILT =
  'FieldDesk API is running, but the console is not built yet: run `npm run build`, then restart the server.\n' +
  "L'API FieldDesk fonctionne, mais la console n'est pas encore construite : lancez `npm run build`, puis redémarrez le serveur.\n";

/** Whether an Accept-Encoding header accepts this encoding (named with a weight above 0, or `*`). */
export function accepts(header: string | string[] | undefined, encoding: string): boolean {
  const offers = new Map(
    String(header ?? '')
      .split(',')
      .map((part) => {
        const [name = '', ...params] = part.trim().toLowerCase().split(';');
        const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
        return [name.trim(), q ? Number(q.slice(2)) : 1] as const;
      }),
  );
  const weight = offers.get(encoding) ?? offers.get('*') ?? 0;
  return weight > 0;
}

export interface StaticConsole {
  /** Answers a console address (a deep link such as /jobs/J-000123) with index.html; false if it is not one. */
  serveDeepLink(request: FastifyRequest, reply: FastifyReply): Promise<boolean>;
}

/** Serves the built console at `/`, or a short "run npm run build" text when it is missing. */
export function staticConsole(app: FastifyInstance, staticDir: string): StaticConsole {
  const root = resolve(staticDir);
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) {
    app.get('/', { config: { roles: 'public' }, schema: { hide: true } }, async (_request, reply) =>
      reply.type('text/plain; charset=utf-8').send(NOT_BUILT),
    );
    return { serveDeepLink: async () => false };
  }

  const extension = { br: 'br', gzip: 'gz' } as const;
  // Deep links answer index.html from here, outside @fastify/static: its precompressed copies too.
  const precompressedIndex = (['br', 'gzip'] as const).filter((e) => existsSync(`${indexFile}.${extension[e]}`));

  app.register(async (scope) => {
    markRoutesPublic(scope);
    await scope.register(fastifyStatic, {
      root,
      prefix: '/',
      wildcard: true,
      dotfiles: 'ignore',
      // The build's `.br` / `.gz` copies when the browser accepts them (with Vary: accept-encoding);
      // a file without one is compressed on the fly by plugins/compression.ts.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, path) => {
        const hashed = HASHED_FILE.test(basename(path));
        reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
        // Never revalidated, so validators are bytes for nothing (some 80 files on a first visit).
        if (hashed) reply.removeHeader('etag').removeHeader('last-modified');
        if (!/\.html(\.br|\.gz)?$/.test(path)) markConsoleSubresource(reply);
      },
    });
  });

  return {
    async serveDeepLink(request, reply) {
      const path = request.url.split('?')[0]!;
      if (request.method !== 'GET' && request.method !== 'HEAD') return false;
      if (path === '/api' || path.startsWith('/api/')) return false;
      const lastSegment = path.slice(path.lastIndexOf('/') + 1);
      const wantsHtml = String(request.headers.accept ?? '').includes('text/html');
      if (lastSegment.includes('.') && !wantsHtml) return false;
      const encoding = precompressedIndex.find((e) => accepts(request.headers['accept-encoding'], e));
      const html = await readFile(encoding ? `${indexFile}.${extension[encoding]}` : indexFile);
      reply.code(200).type('text/html; charset=utf-8').header('cache-control', 'no-cache').header('vary', 'accept-encoding');
      if (encoding) reply.header('content-encoding', encoding);
      await reply.send(html);
      return true;
    },
  };
}
