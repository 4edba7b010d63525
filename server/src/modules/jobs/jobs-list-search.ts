import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../../db/database';
import { queryWordsOf } from '../../platform/job-search';
import { isPostgres } from '../../shared/dialect';

/**
 * A word search of the jobs grid, resolved before the list is read, so that its plan stays bounded
 * whatever the words match:
 * - `few`: the full-text index (FTS5 on SQLite, GIN on PostgreSQL) has no match past the first
 *   FEW_MATCHES (one probe that reads no further): the list is those jobs, found by their unique
 *   `seq`, filtered and sorted — at most FEW_MATCHES row reads.
 * - `many`: the words match more than FEW_MATCHES jobs (at a million, over 0.5 %), so the grid's
 *   sort index is walked in order and each row's search text is tested; a 50-row page then reads
 *   at most about 50 / 0.5 % = 10,000 rows, and far fewer for a common word.
 * Both ways every word must prefix a word of the job's customer name, site city, number or
 * description (migration 0020, `jobs.search_text`).
 */
export interface ResolvedSearch {
  kind: 'few' | 'many';
  words: string[];
}

export const FEW_MATCHES = 5_000;

export async function resolveSearch(db: Kysely<Database>, text: string | undefined): Promise<ResolvedSearch | undefined> {
  if (!text?.trim()) return undefined;
  const words = queryWordsOf(text);
  // Only punctuation: no job has such a word.
  if (words.length === 0) return { kind: 'few', words: [] };
  // A row past the first FEW_MATCHES, or none: the index stops reading there.
  const beyond = await sql`${matching(db, words)} limit 1 offset ${FEW_MATCHES}`.execute(db);
  return { kind: beyond.rows.length > 0 ? 'many' : 'few', words };
}

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
  const tests = search.words.map((word) => sql<SqlBool>`(' ' || jobs.search_text) like ${`% ${word}%`}`);
  return sql<SqlBool>`(${sql.join(tests, sql` and `)})`;
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
