import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../../db/database';
import { queryWordsOf } from '../../platform/job-search';
import { isPostgres } from '../../shared/dialect';

/**
 * A word search of the jobs grid, resolved before the list is read, so that its plan stays bounded
 * whatever the words match:
 * - `few` (rare words): the full-text index (FTS5 on SQLite, GIN on PostgreSQL) gives the matching
 *   jobs, found by their unique `seq`, filtered and sorted.
 * - `many` (at least 0.5 % of the newest jobs match): the grid's sort index is walked in order and
 *   each row's search text tested; a 50-row page reads about 50 / share rows (10,000 at 0.5 %, 200
 *   for a word in a quarter of the jobs).
 * Both ways every word must prefix a word of the job's customer name, site city, number or
 * description (migration 0020, `jobs.search_text`).
 */
export interface ResolvedSearch {
  kind: 'few' | 'many';
  words: string[];
  /** `many`: the share of the newest jobs that match, from which a total past EXACT_UP_TO is estimated. */
  share?: number;
}

/** The newest jobs a search is first tried on, and how many of them must match to walk the sort. */
const SAMPLE = 2_000;
const MANY_IN_SAMPLE = 10;
/** Totals of a `many` search up to this are counted from the full-text index, beyond it estimated. */
export const EXACT_UP_TO = 50_000;

/**
 * Decides the plan from the newest SAMPLE jobs (a range of the unique `seq` index, their text
 * tested): when at least MANY_IN_SAMPLE of them match (0.5 %), the sort is walked; otherwise the
 * words are rare and the full-text index is read. The full-text index is not asked first: FTS5
 * merges the whole doclist of every word starting with a prefix before its first row, so a common
 * word costs as much to probe as to count.
 */
export async function resolveSearch(db: Kysely<Database>, text: string | undefined): Promise<ResolvedSearch | undefined> {
  if (!text?.trim()) return undefined;
  const words = queryWordsOf(text);
  // Only punctuation: no job has such a word.
  if (words.length === 0) return { kind: 'few', words: [] };
  const sampled = await sql<{ sampled: number | string; matched: number | string | null }>`
    select count(*) as sampled, sum(case when ${textMatches(words)} then 1 else 0 end) as matched
    from jobs where jobs.seq > (select max(seq) from jobs) - ${SAMPLE}`.execute(db);
  const row = sampled.rows[0]!;
  const matched = Number(row.matched ?? 0);
  return matched >= MANY_IN_SAMPLE ? { kind: 'many', words, share: matched / Number(row.sampled) } : { kind: 'few', words };
}

/** Every word prefixes a word of the row's search text (each word follows a space, or starts it). */
const textMatches = (words: string[]) =>
  sql<SqlBool>`(${sql.join(
    words.map((word) => sql`(' ' || jobs.search_text) like ${`% ${word}%`}`),
    sql` and `,
  )})`;

/** The seqs of the jobs a search matches, from the full-text index alone. */
const matching = (db: Kysely<Database>, words: string[]) =>
  isPostgres(db)
    ? sql`select seq from jobs where ${searchVector} @@ ${tsQuery(words)}`
    : sql`select rowid from job_search where job_search match ${ftsQuery(words)}`;

/**
 * The condition a resolved search puts on `jobs`: membership in the full-text index's matches for
 * few matches, and to count; each row's text tested for many (to walk the sort's index in order,
 * a 50-row page stopping after about 50 / share-matched rows).
 */
export function searchCondition(db: Kysely<Database>, search: ResolvedSearch, purpose: 'rows' | 'count' = 'rows'): Expression<SqlBool> {
  if (search.words.length === 0) return sql<SqlBool>`1 = 0`;
  if (search.kind === 'few' || purpose === 'count') {
    return isPostgres(db) ? sql<SqlBool>`${searchVector} @@ ${tsQuery(search.words)}` : sql<SqlBool>`jobs.seq in (${matching(db, search.words)})`;
  }
  return textMatches(search.words);
}

/** How many jobs a search matches, when it is the only filter: read from the full-text index alone. */
export async function countMatches(db: Kysely<Database>, search: ResolvedSearch): Promise<number> {
  if (search.words.length === 0) return 0;
  const counted = await sql<{ n: number | string }>`select count(*) as n from (${matching(db, search.words)}) as matched`.execute(db);
  return Number(counted.rows[0]!.n);
}

/** The expression the GIN index of migration 0020 is built on (the query must repeat it exactly). */
const searchVector = sql`array_to_tsvector(array_remove(string_to_array(search_text, ' '), ''))`;

/** Words hold letters and digits only: nothing to escape in either query language. */
const tsQuery = (words: string[]) => sql`${words.map((w) => `'${w}':*`).join(' & ')}::tsquery`;
const ftsQuery = (words: string[]) => words.map((w) => `"${w}"*`).join(' ');
