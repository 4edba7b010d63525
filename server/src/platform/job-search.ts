import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/database';
import { isPostgres } from '../shared/dialect';
import { searchForm } from '../shared/text';

/** Words too common to narrow a search: never indexed; a query drops them unless it has nothing else. */
const STOP_WORDS = new Set([
  'a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with',
  'au', 'aux', 'avec', 'ce', 'de', 'des', 'du', 'en', 'et', 'la', 'le', 'les', 'par', 'pour', 'sur', 'un', 'une',
]);
const MAX_TERM_LENGTH = 40;

const wordsOf = (text: string) =>
  searchForm(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => w.slice(0, MAX_TERM_LENGTH));

/**
 * The distinct search words of a text: accent-free, lower-cased, split on anything that is not a
 * letter or a digit ("chauffe-eau" → chauffe, eau; "J-000123" → 000123), one-letter and stop words
 * left out. The words stored for a job.
 */
export function searchTermsOf(text: string): string[] {
  return [...new Set(wordsOf(text).filter((w) => w.length >= 2 && !STOP_WORDS.has(w)))];
}

/**
 * The words of a query, each to be matched as a word prefix. Stop and one-letter words are dropped
 * (they are not stored, so they must not make a search miss), unless the query has nothing else:
 * "de" typed alone still narrows to the words starting with "de".
 */
export function queryWordsOf(text: string): string[] {
  const words = searchTermsOf(text);
  return words.length > 0 ? words : [...new Set(wordsOf(text))];
}

/**
 * The `jobs.search_text` of a job: its customer's words, its site's city, then its own words
 * (number and description), as "customer words | city words ^ own words". The markers let a
 * customer rename or a city change rewrite their part of every job, a step at a time
 * (rewriteJobsSearch). Migration 0020 indexes the column: FTS5 on
 * SQLite (its tokenizer splits at the markers), a GIN index over its space-separated words on
 * PostgreSQL.
 */
export function jobSearchText(job: { number: string; description: string; customerName: string; city: string | null }): string {
  return `${partOf(job.customerName)} | ${partOf(job.city ?? '')} ^ ${partOf(`${job.number} ${job.description}`)}`;
}

const partOf = (text: string) => searchTermsOf(text).join(' ');

type Db = Kysely<Database>;

/** `jobs.search_text` of a job about to be written: its customer's name and its site's city read here. */
export async function searchTextOfJob(
  db: Db,
  job: { number: string; description: string; customerId: string; siteId: string | null },
): Promise<string> {
  const customer = await db.selectFrom('customers').select('name').where('id', '=', job.customerId).executeTakeFirst();
  const site = job.siteId ? await db.selectFrom('sites').select('city').where('id', '=', job.siteId).executeTakeFirst() : undefined;
  return jobSearchText({ number: job.number, description: job.description, customerName: customer?.name ?? '', city: site?.city ?? null });
}

const position = (db: Db, marker: string): RawBuilder<number> =>
  isPostgres(db) ? sql<number>`strpos(search_text, ${marker})` : sql<number>`instr(search_text, ${marker})`;

/** Jobs rewritten per step: one short statement (~10–25 ms at 1M jobs on SQLite, full-text index included). */
export const REWRITE_STEP = 500;

/** Whose jobs to rewrite: a customer's (its name changed), or only those at one of its sites (its city changed). */
export interface RewriteTarget {
  customerId: string;
  siteId: string | null;
}

/**
 * A customer's new name, or a site's new city, in the search text of the jobs concerned, from the
 * caller's transaction: its first REWRITE_STEP jobs now (a customer's usual few hundred jobs are
 * current when the rename commits), the rest left as a pending rewrite that the server runs a step
 * at a time (search-rewrites.ts), so a customer with 10,000 jobs never holds the database for long.
 */
export async function rewriteJobsSearch(db: Db, target: RewriteTarget): Promise<void> {
  const last = await rewriteStep(db, target, '');
  if (last !== null) await db.insertInto('searchRewrites').values({ id: crypto.randomUUID(), ...target, afterId: last, createdAt: new Date().toISOString() }).execute();
}

/**
 * Rewrites the customer's (or site's) part of the next REWRITE_STEP jobs of the customer after
 * `afterId`, by id, with the names as they are now (the rest of each text kept by position: no row
 * is read into the app). Returns the last id rewritten when more jobs follow, null when done.
 */
export async function rewriteStep(db: Db, target: RewriteTarget, afterId: string): Promise<string | null> {
  const ids = (
    await db.selectFrom('jobs').select('id').where('customerId', '=', target.customerId).where('id', '>', afterId).orderBy('id').limit(REWRITE_STEP + 1).execute()
  ).map((row) => row.id);
  const step = ids.slice(0, REWRITE_STEP);
  if (step.length === 0) return null;
  const customer = await db.selectFrom('customers').select('name').where('id', '=', target.customerId).executeTakeFirst();
  if (!customer) return null;
  if (target.siteId === null) {
    await db
      .updateTable('jobs')
      .set({ searchText: sql<string>`${partOf(customer.name)} || ' ' || substr(search_text, ${position(db, '| ')})` })
      .where('id', 'in', step)
      .execute();
  } else {
    const site = await db.selectFrom('sites').select('city').where('id', '=', target.siteId).executeTakeFirst();
    if (!site) return null;
    await db
      .updateTable('jobs')
      .set({ searchText: sql<string>`${`${partOf(customer.name)} | ${partOf(site.city)} `} || substr(search_text, ${position(db, '^ ')})` })
      .where('id', 'in', step)
      .where('siteId', '=', target.siteId)
      .execute();
  }
  return ids.length > REWRITE_STEP ? step.at(-1)! : null;
}
