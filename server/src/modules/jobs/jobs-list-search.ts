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
  /** `few`: the words looked up in the full-text index (the rare ones); the others are tested on its rows. */
  indexed?: string[];
  /** `many`: the share of the newest jobs that match, from which the total is estimated. */
  share?: number;
}

/** The newest jobs a search is first tried on, and how many of them must match to walk the sort. */
const SAMPLE = 2_000;
const MANY_IN_SAMPLE = 10;

/**
 * Decides the plan from the newest SAMPLE jobs (a range of the unique `seq` index, their text
 * tested): when at least MANY_IN_SAMPLE of them match (0.5 %), the sort is walked; otherwise the
 * full-text index is read for the words that are rare in the sample, the common ones tested on the
 * rows it gives. The full-text index is never asked for a common word: FTS5 merges the whole
 * doclist of every word starting with a prefix before its first row (270,000 rows for "entretien"
 * at a million jobs), so probing it costs as much as counting.
 */
export async function resolveSearch(db: Kysely<Database>, text: string | undefined): Promise<ResolvedSearch | undefined> {
  if (!text?.trim()) return undefined;
  const words = queryWordsOf(text);
  // Only punctuation: no job has such a word.
  if (words.length === 0) return { kind: 'few', words: [], indexed: [] };
  const perWord = words.map((word, i) => sql`sum(case when ${textMatches([word])} then 1 else 0 end) as ${sql.ref(`w${i}`)}`);
  const sampled = await sql<Record<string, number | string | null>>`
    select count(*) as sampled, sum(case when ${textMatches(words)} then 1 else 0 end) as matched, ${sql.join(perWord)}
    from jobs where jobs.seq > (select max(seq) from jobs) - ${SAMPLE}`.execute(db);
  const row = sampled.rows[0]!;
  const matched = Number(row.matched ?? 0);
  if (matched >= MANY_IN_SAMPLE) return { kind: 'many', words, share: matched / Number(row.sampled) };
  const inSample = words.map((_, i) => Number(row[`w${i}`] ?? 0));
  const rare = words.filter((_, i) => inSample[i]! < MANY_IN_SAMPLE);
  // Every word common, never together in the sample: the rarest of them bounds the index read.
  const rarest = words[inSample.indexOf(Math.min(...inSample))]!;
  return { kind: 'few', words, indexed: rare.length > 0 ? rare : [rarest] };
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
 * The condition a resolved search puts on `jobs`: for rare words, membership in the full-text
 * index's matches of the rare ones (the others tested on those rows); for many, each row's text
 * tested, to walk the sort's index in order (a 50-row page stops after about 50 / share rows).
 */
export function searchCondition(db: Kysely<Database>, search: ResolvedSearch): Expression<SqlBool> {
  if (search.words.length === 0) return sql<SqlBool>`1 = 0`;
  if (search.kind === 'many') return textMatches(search.words);
  const indexed = search.indexed ?? search.words;
  const inIndex = isPostgres(db) ? sql<SqlBool>`${searchVector} @@ ${tsQuery(indexed)}` : sql<SqlBool>`jobs.seq in (${matching(db, indexed)})`;
  const tested = search.words.filter((w) => !indexed.includes(w));
  return tested.length > 0 ? sql<SqlBool>`(${inIndex} and ${textMatches(tested)})` : inIndex;
}

/** How many jobs a rare-word search matches, when it is the only filter: from the full-text index and those rows. */
export async function countMatches(db: Kysely<Database>, search: ResolvedSearch): Promise<number> {
  if (search.words.length === 0) return 0;
  const counted = await db.selectFrom('jobs').select((eb) => eb.fn.countAll().as('n')).where(searchCondition(db, search)).executeTakeFirstOrThrow();
  return Number(counted.n);
}

/** The expression the GIN index of migration 0020 is built on (the query must repeat it exactly). */
const searchVector = sql`array_to_tsvector(array_remove(string_to_array(search_text, ' '), ''))`;

/** Words hold letters and digits only: nothing to escape in either query language. */
const tsQuery = (words: string[]) => sql`${words.map((w) => `'${w}':*`).join(' & ')}::tsquery`;
const ftsQuery = (words: string[]) => words.map((w) => `"${w}"*`).join(' ');
