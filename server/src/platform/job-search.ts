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
 * customer rename or a city change rewrite their part of every job in one statement
 * (renamedCustomerInSearch, renamedCityInSearch). Migration 0020 indexes the column: FTS5 on
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

/**
 * A customer's new name in the search text of every job of the customer, in the caller's
 * transaction. One UPDATE over the jobs' customer index, the rest of each text kept by position
 * (no row is read into the app): a customer with 10,000 jobs is rewritten in one statement.
 */
export async function renamedCustomerInSearch(db: Db, customerId: string, name: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ searchText: sql<string>`${partOf(name)} || ' ' || substr(search_text, ${position(db, '| ')})` })
    .where('customerId', '=', customerId)
    .execute();
}

/** A site's new city in the search text of every job at the site (same way as renamedCustomerInSearch). */
export async function renamedCityInSearch(db: Db, site: { id: string; city: string }, customerName: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ searchText: sql<string>`${`${partOf(customerName)} | ${partOf(site.city)} `} || substr(search_text, ${position(db, '^ ')})` })
    .where('siteId', '=', site.id)
    .execute();
}
