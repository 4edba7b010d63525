import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { rewriteStep } from './job-search';

/**
 * The pending rewrites of jobs' search text (a customer renamed, a site's city changed: migration
 * 0025), run a step of REWRITE_STEP jobs at a time. Each step is its own short transaction, so other
 * requests run between two steps; a restart resumes where the last committed step stopped. Several
 * instances may run the same step at once: a step writes the names as they are now, so running it
 * twice writes the same text.
 */
export async function runSearchRewriteStep(db: Kysely<Database>): Promise<boolean> {
  // A plain read first: an idle server (nothing pending, nearly always) opens no transaction each second.
  if (!(await db.selectFrom('searchRewrites').select('id').limit(1).executeTakeFirst())) return false;
  return db.transaction().execute(async (trx) => {
    const pending = await trx.selectFrom('searchRewrites').selectAll().orderBy('createdAt').orderBy('id').limit(1).executeTakeFirst();
    if (!pending) return false;
    const last = await rewriteStep(trx, pending, pending.afterId);
    if (last === null) await trx.deleteFrom('searchRewrites').where('id', '=', pending.id).execute();
    else await trx.updateTable('searchRewrites').set({ afterId: last }).where('id', '=', pending.id).execute();
    return true;
  });
}

/** Every pending rewrite, step by step, yielding to the event loop between steps; the number of steps run. */
export async function drainSearchRewrites(db: Kysely<Database>, stopped: () => boolean = () => false): Promise<number> {
  let steps = 0;
  while (!stopped() && (await runSearchRewriteStep(db))) {
    steps++;
    await nextTurn();
  }
  return steps;
}
