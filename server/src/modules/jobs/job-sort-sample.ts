import { sql, type Kysely } from 'kysely';
import type { JobListSort } from '@contract';
import type { Database } from '../../db/database';
import { isPostgres } from '../../shared/dialect';
import { SORT_COLUMNS } from './jobs-list-sorting';

/** A job every `step` rows of one sort: its key then (then its id), in ascending order. */
export interface Anchor {
  key: string | number | null;
  id: string;
}

/**
 * Every `step`-th job of one sort, ascending: the dated rows (by key, id), then the undated ones
 * (by id) of a nullable sort, with how many rows each part had when the sample was taken.
 */
export interface SortSample {
  sort: JobListSort;
  step: number;
  dated: Anchor[];
  datedRows: number;
  undated: Anchor[];
  undatedRows: number;
}

/** Anchors read between two yields to the event loop: each reads `step` index entries. */
const ANCHORS_PER_SLICE = 32;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The number of jobs from a source that costs nothing (a stale answer is fine: it only sizes the step). */
export async function roughJobCount(db: Kysely<Database>): Promise<number> {
  const row = isPostgres(db)
    ? await sql<{ n: string | number | null }>`select reltuples as n from pg_class where relname = 'jobs'`.execute(db)
    : await sql<{ n: string | number | null }>`select max(rowid) as n from jobs`.execute(db);
  return Math.max(0, Number(row.rows[0]?.n ?? 0));
}

/**
 * Walks one sort's index in small slices (a slice, then the event loop), taking every `step`-th
 * job. The step starts from a rough row count; whenever the sample grows past twice its target
 * the step doubles and every other anchor goes, so a wrong guess costs a little time, never memory.
 */
export async function takeSortSample(db: Kysely<Database>, sort: JobListSort, target: number, roughRows: number, stopped: () => boolean): Promise<SortSample | null> {
  const { column, nullable } = SORT_COLUMNS[sort];
  let step = Math.max(1, Math.floor(roughRows / target));
  const parts: Anchor[][] = [];
  /** Anchors `step` apart become `2 × step` apart by keeping the even ones (positions stay multiples of the step). */
  const thin = (anchors: Anchor[]) => {
    const kept = anchors.filter((_, j) => j % 2 === 0);
    anchors.length = 0;
    anchors.push(...kept);
  };
  const range = (part: 'dated' | 'undated') => {
    const query = db.selectFrom('jobs');
    return nullable ? query.where(column, part === 'dated' ? 'is not' : 'is', null) : query;
  };
  /** The undated part of a nullable sort is ordered by id alone: its key is the id. */
  const keyOf = (part: 'dated' | 'undated') => sql.ref(part === 'dated' ? column : 'jobs.id');
  // The undated part compares the id alone: `(id, id) > (…)` would not be a range of the index.
  const after = (part: 'dated' | 'undated', last: Anchor) =>
    part === 'dated' ? sql<boolean>`(${sql.ref(column)}, ${sql.ref('jobs.id')}) > (${last.key}, ${last.id})` : sql<boolean>`${sql.ref('jobs.id')} > ${last.id}`;

  const walk = async (part: 'dated' | 'undated') => {
    const anchors: Anchor[] = [];
    parts.push(anchors);
    for (;;) {
      for (let i = 0; i < ANCHORS_PER_SLICE; i++) {
        const last = anchors.at(-1);
        let query = range(part).select([sql<string | number>`${keyOf(part)}`.as('key'), 'jobs.id']);
        if (last) query = query.where(after(part, last));
        const ordered = part === 'dated' ? query.orderBy(sql.ref(column)).orderBy('jobs.id') : query.orderBy('jobs.id');
        const row = await ordered.limit(1).offset(last ? step - 1 : 0).executeTakeFirst();
        if (!row) return { anchors, rows: await rowsOf(part, anchors) };
        anchors.push({ key: typeof row.key === 'string' ? row.key : Number(row.key), id: row.id });
        if (anchors.length >= 2 * target) {
          step *= 2;
          parts.forEach(thin);
        }
      }
      if (stopped()) throw new SampleStopped();
      await yieldToEventLoop();
    }
  };
  /** Every anchor but the last stands for `step` rows; the last for itself and the (fewer than `step`) rows after it. */
  const rowsOf = async (part: 'dated' | 'undated', anchors: Anchor[]) => {
    const last = anchors.at(-1);
    if (!last) return 0;
    const tail = range(part).select(sql<number>`1`.as('one')).where(after(part, last)).limit(step);
    const counted = await db.selectFrom(tail.as('tail')).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return (anchors.length - 1) * step + 1 + Number(counted.n);
  };

  try {
    const dated = await walk('dated');
    const undated = nullable ? await walk('undated') : { anchors: [], rows: 0 };
    return { sort, step, dated: dated.anchors, datedRows: dated.rows, undated: undated.anchors.map((a) => ({ key: null, id: a.id })), undatedRows: undated.rows };
  } catch (error) {
    if (error instanceof SampleStopped) return null;
    throw error;
  }
}

export class SampleStopped extends Error {
  override name = 'SampleStopped';
}
