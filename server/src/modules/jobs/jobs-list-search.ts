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
  /**
   * `few`: the matching jobs' seqs, found once when they are at most FOUND_UP_TO, so that the page
   * (two ranges of a nullable sort) and the total do not each search the full-text index again.
   */
  found?: number[];
}

/** The newest jobs a search is first tried on, and how many of them must match to walk the sort. */
const SAMPLE = 2_000;
const MANY_IN_SAMPLE = 10;
/**
 * A `few` search's matches kept as a list of seqs up to this many (beyond: the index is read again).
 * SQLite then looks each of them up by seq: an `in` list of parameters it can count, padded to a
 * power of two so that a handful of statement texts serve every size (the statement cache).
 */
const FOUND_UP_TO = 1_024;
/**
 * Reading a job and testing its text costs about as much as decoding this many postings of the
 * full-text index (1M jobs: 26,000 rows tested in ~200 ms, 163,000 postings of "london"* in ~110 ms).
 */
const ROW_TEST_COST = 8;

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
  const search: ResolvedSearch = { kind: 'few', words, indexed: cheaperIndexRead(words, inSample) };
  const found = await db.selectFrom('jobs').select('jobs.seq').where(searchCondition(db, search)).limit(FOUND_UP_TO + 1).execute();
  return found.length <= FOUND_UP_TO ? { ...search, found: found.map((r) => Number(r.seq)) } : search;
}

/**
 * The words to look up in the full-text index, by cost (each word's matches in the sample stand for
 * its postings): the rare words only, the common ones tested on the rows they give — or every word,
 * when decoding the common words' postings costs less than reading and testing those rows (common
 * words never found together in the sample, such as a city and a French word).
 */
function cheaperIndexRead(words: string[], inSample: number[]): string[] {
  const countOf = (word: string) => inSample[words.indexOf(word)]!;
  const rare = words.filter((w) => countOf(w) < MANY_IN_SAMPLE);
  const rarest = words.reduce((a, b) => (countOf(b) < countOf(a) ? b : a));
  const few = rare.length > 0 ? rare : [rarest];
  if (few.length === words.length) return words;
  const sum = (list: string[]) => list.reduce((total, w) => total + countOf(w), 0);
  const testingRows = sum(few) + ROW_TEST_COST * Math.min(...few.map(countOf));
  return sum(words) < testingRows ? words : few;
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
  if (search.found) return foundAmong(db, search.found);
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

/** Membership in a known list of seqs (none: a condition both planners see is false at once). */
function foundAmong(db: Kysely<Database>, seqs: number[]): Expression<SqlBool> {
  if (seqs.length === 0) return sql<SqlBool>`1 = 0`;
  if (isPostgres(db)) return sql<SqlBool>`jobs.seq = any(${seqs}::bigint[])`;
  const padded = [...seqs, ...Array<number>(2 ** Math.ceil(Math.log2(seqs.length)) - seqs.length).fill(seqs[0]!)];
  return sql<SqlBool>`jobs.seq in (${sql.join(padded)})`;
}

/** The expression the GIN index of migration 0020 is built on (the query must repeat it exactly). */
const searchVector = sql`array_to_tsvector(array_remove(string_to_array(search_text, ' '), ''))`;

/** Words hold letters and digits only: nothing to escape in either query language. */
const tsQuery = (words: string[]) => sql`${words.map((w) => `'${w}':*`).join(' & ')}::tsquery`;
const ftsQuery = (words: string[]) => words.map((w) => `"${w}"*`).join(' ');
