import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../../db/database';
import { queryWordsOf } from '../../platform/job-search';
import { isPostgres } from '../../shared/dialect';

/**
 * A word search of the jobs grid, resolved before the list is read, so that its plan stays bounded
 * whatever the words match:
 * - `few`: the full-text index (FTS5 on SQLite, GIN on PostgreSQL) is read for at most
 *   FEW_MATCHES + 1 jobs; when that is all of them, the list is those jobs (by their unique `seq`),
 *   filtered and sorted — at most FEW_MATCHES row reads.
 * - `many`: the words match more than FEW_MATCHES jobs (at a million, over 0.5 %), so the grid's
 *   sort index is walked in order and each row's search text is tested; a 50-row page then reads
 *   at most about 50 / 0.5 % = 10,000 rows, and far fewer for a common word.
 * Both ways every word must prefix a word of the job's customer name, site city, number or
 * description (migration 0020, `jobs.search_text`).
 */
export type ResolvedSearch = { kind: 'few'; seqs: number[] } | { kind: 'many'; words: string[] };

export const FEW_MATCHES = 5_000;

export async function resolveSearch(db: Kysely<Database>, text: string | undefined): Promise<ResolvedSearch | undefined> {
  if (!text?.trim()) return undefined;
  const words = queryWordsOf(text);
  // Only punctuation: no job has such a word.
  if (words.length === 0) return { kind: 'few', seqs: [] };
  const matched = isPostgres(db)
    ? await sql<{ seq: number }>`select seq from jobs where ${searchVector} @@ ${tsQuery(words)} limit ${FEW_MATCHES + 1}`.execute(db)
    : await sql<{ seq: number }>`select rowid as seq from job_search where job_search match ${ftsQuery(words)} limit ${FEW_MATCHES + 1}`.execute(db);
  if (matched.rows.length > FEW_MATCHES) return { kind: 'many', words };
  return { kind: 'few', seqs: matched.rows.map((r) => Number(r.seq)) };
}

/**
 * The condition a resolved search puts on `jobs`. To count (`purpose: 'count'`) a search matching
 * many jobs, membership comes from the full-text index rather than from each row's text: a count
 * has no order to walk, and testing every job's text would read the whole table.
 */
export function searchCondition(db: Kysely<Database>, search: ResolvedSearch, purpose: 'rows' | 'count' = 'rows'): Expression<SqlBool> {
  if (search.kind === 'few') {
    // One parameter whatever the count: a JSON array on SQLite, an int array on PostgreSQL.
    return isPostgres(db)
      ? sql<SqlBool>`jobs.seq = any(${search.seqs}::int[])`
      : sql<SqlBool>`jobs.seq in (select value from json_each(${JSON.stringify(search.seqs)}))`;
  }
  if (purpose === 'count') {
    return isPostgres(db)
      ? sql<SqlBool>`${searchVector} @@ ${tsQuery(search.words)}`
      : sql<SqlBool>`jobs.seq in (select rowid from job_search where job_search match ${ftsQuery(search.words)})`;
  }
  const tests = search.words.map((word) => sql<SqlBool>`(' ' || jobs.search_text) like ${`% ${word}%`}`);
  return sql<SqlBool>`(${sql.join(tests, sql` and `)})`;
}

/** How many jobs a search matches, when it is the only filter: read from the full-text index alone. */
export async function countMatches(db: Kysely<Database>, search: ResolvedSearch): Promise<number> {
  if (search.kind === 'few') return search.seqs.length;
  const counted = isPostgres(db)
    ? await sql<{ n: string }>`select count(*) as n from jobs where ${searchVector} @@ ${tsQuery(search.words)}`.execute(db)
    : await sql<{ n: number }>`select count(*) as n from job_search where job_search match ${ftsQuery(search.words)}`.execute(db);
  return Number(counted.rows[0]!.n);
}

/** The expression the GIN index of migration 0020 is built on (the query must repeat it exactly). */
const searchVector = sql`array_to_tsvector(array_remove(string_to_array(search_text, ' '), ''))`;

/** Words hold letters and digits only: nothing to escape in either query language. */
const tsQuery = (words: string[]) => sql`${words.map((w) => `'${w}':*`).join(' & ')}::tsquery`;
const ftsQuery = (words: string[]) => words.map((w) => `"${w}"*`).join(' ');
