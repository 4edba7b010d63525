import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { drainSearchRewrites } from '../platform/search-rewrites';

/** How often the server looks for pending search rewrites (a rename leaves one; a restart may find one). */
const EVERY_MS = 1_000;

/** Runs the pending rewrites of jobs' search text in the background (platform/search-rewrites.ts). */
export function searchRewriter(app: FastifyInstance, deps: { db: Kysely<Database> }): void {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  let closing = false;
  app.addHook('onReady', async () => {
    timer = setInterval(() => {
      running ??= drainSearchRewrites(deps.db, () => closing)
        .catch((err: unknown) => app.log.warn({ err }, 'search rewrite failed'))
        .finally(() => (running = null));
    }, EVERY_MS);
    timer.unref();
  });
  app.addHook('preClose', async () => {
    closing = true;
    if (timer) clearInterval(timer);
    await running;
  });
}
