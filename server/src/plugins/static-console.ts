import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { markRoutesPublic } from './route-access';

/** Angular names built files `main-7SKJ2GZQ.js`: content-addressed, so cacheable for good. */
const HASHED_FILE = /-[A-Z0-9]{8}\.[a-z0-9]+$/;

const NOT_BUILT =
  'FieldDesk API is running, but the console is not built yet: run `npm run build`, then restart the server.\n' +
  "L'API FieldDesk fonctionne, mais la console n'est pas encore construite : lancez `npm run build`, puis redémarrez le serveur.\n";

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

  app.register(async (scope) => {
    markRoutesPublic(scope);
    await scope.register(fastifyStatic, {
      root,
      prefix: '/',
      wildcard: true,
      dotfiles: 'ignore',
      cacheControl: false,
      setHeaders: (reply, path) => {
        reply.header(
          'cache-control',
          HASHED_FILE.test(basename(path)) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
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
      const html = await readFile(indexFile);
      await reply.code(200).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
      return true;
    },
  };
}
