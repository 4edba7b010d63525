import { sql, type Kysely } from 'kysely';
import { jobListSorts, type JobListSort } from '@contract';
import { LIST_TOTAL_CAP } from '@contract/rules';
import type { Database } from '../../db/database';
import { filteredJobs, type JobsQuery, type SearchedFilters } from './jobs-list-filters';
import type { Order, SortKey } from './jobs-list-sorting';
import { roughJobCount, takeSortSample, type Anchor, type SortSample } from './job-sort-sample';

export interface JobPositionsOptions {
  /** A filter counted up to this many rows is exact; beyond, its total is an estimate. */
  exactUpTo: number;
  /** About how many anchors each sort keeps (a million jobs: one every ~250). */
  sampleSize: number;
  /** A sample older than this is taken again, in the background, the next time it is used. */
  maxAgeMs: number;
  /** A scrollbar jump up to this far is read exactly (`offset`); deeper ones seek by the sample. */
  exactOffsetUpTo: number;
}

export const defaultJobPositions: JobPositionsOptions = {
  exactUpTo: LIST_TOTAL_CAP,
  sampleSize: 4096,
  maxAgeMs: 10 * 60_000,
  exactOffsetUpTo: 2_000,
};

/** Where a deep block starts: at an anchor (included), then `skip` rows on. */
export interface Seek {
  from: SortKey;
  skip: number;
}

/** Anchors checked against a filter per query (each a primary-key lookup). */
const ANCHORS_PER_CHECK = 256;
/** Filters whose matching anchors are remembered (a deep jump after the first block reuses them). */
const REMEMBERED_FILTERS = 64;

interface Positioned {
  anchor: Anchor;
  /** About where the anchor stands in the (filtered) list, from 0. */
  at: number;
}

interface Matched {
  takenAt: number;
  list: Positioned[];
}

/**
 * Where rows stand in a big jobs list without counting it: each sort keeps every `step`-th job of
 * the whole table (taken in small slices, see `takeSortSample`), per server instance, in memory.
 * - A filter's estimate: the anchors that match it × the step (a systematic sample of the table).
 * - A deep scrollbar jump: the matching anchor just before the position, then a few rows on; the
 *   grid then reads on by keyset from there.
 * Positions are approximate (within about one step) and as of the sample; that is all a scrollbar
 * needs. Refreshing costs one walk of each sort's index every `maxAgeMs`, in slices of a few ms.
 */
export class JobPositions {
  private readonly samples = new Map<JobListSort, { sample: SortSample; takenAt: number }>();
  private readonly matched = new Map<string, Matched>();
  private refreshing: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly db: Kysely<Database>,
    readonly options: JobPositionsOptions = defaultJobPositions,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Takes every sort's sample again (one at a time); a call while one runs joins it. */
  refresh(): Promise<void> {
    this.refreshing ??= this.takeAll().finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  /** Stops a refresh between two slices (the app closes). */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.refreshing?.catch(() => undefined);
  }

  private async takeAll(): Promise<void> {
    const rough = await roughJobCount(this.db);
    for (const sort of jobListSorts) {
      const previous = this.samples.get(sort)?.sample;
      const rows = previous ? previous.datedRows + previous.undatedRows : rough;
      const sample = await takeSortSample(this.db, sort, this.options.sampleSize, rows, () => this.stopped);
      if (!sample) return;
      this.samples.set(sort, { sample, takenAt: this.clock() });
    }
    this.matched.clear();
  }

  /** The sort's sample, waiting for the first one; a stale one is used while the next is taken. */
  private async sampleOf(sort: JobListSort): Promise<{ sample: SortSample; takenAt: number } | undefined> {
    const held = this.samples.get(sort);
    if (!held) {
      await this.refresh();
      return this.samples.get(sort);
    }
    if (this.clock() - held.takenAt > this.options.maxAgeMs && !this.stopped) void this.refresh().catch(() => undefined);
    return held;
  }

  /** The whole table's rows as the sort's sample found them; null before the first sample. */
  sampledRows(sort: JobListSort): number | null {
    const sample = this.samples.get(sort)?.sample;
    return sample ? sample.datedRows + sample.undatedRows : null;
  }

  /** About how many jobs match: the matching anchors times the step, two significant digits. */
  async estimate(filters: SearchedFilters, order: Order, now: Date): Promise<number> {
    const positioned = await this.positioned(filters, order, now);
    if (!positioned) return 0;
    const { sample, list } = positioned;
    const rows = isUnfiltered(filters) ? sample.datedRows + sample.undatedRows : list.length * sample.step;
    return roundToTwoDigits(rows);
  }

  /** Where the row at `offset` about stands: the last matching anchor at or before it. */
  async seek(filters: SearchedFilters, order: Order, offset: number, now: Date): Promise<Seek | null> {
    const positioned = await this.positioned(filters, order, now);
    if (!positioned) return null;
    let found: Positioned | undefined;
    for (const entry of positioned.list) {
      if (entry.at > offset) break;
      found = entry;
    }
    if (!found) return null;
    return { from: [found.anchor.key, found.anchor.id], skip: offset - found.at };
  }

  /** The sort's anchors in the list's order with about where each stands; only matching ones when filtered. */
  private async positioned(filters: SearchedFilters, order: Order, now: Date): Promise<{ sample: SortSample; list: Positioned[] } | null> {
    const held = await this.sampleOf(order.sort);
    if (!held) return null;
    const { sample } = held;
    const inOrder = listOrder(sample, order);
    if (isUnfiltered(filters)) return { sample, list: inOrder };
    const cacheKey = JSON.stringify([filters, order.sort, order.dir, filtersDependOnNow(filters) ? now.toISOString() : '']);
    const remembered = this.matched.get(cacheKey);
    if (remembered && remembered.takenAt === held.takenAt) return { sample, list: remembered.list };
    const matching = await this.matchingIds(filters, inOrder, now);
    const list = inOrder.filter((p) => matching.has(p.anchor.id)).map((p, rank) => ({ anchor: p.anchor, at: rank * sample.step }));
    if (this.matched.size >= REMEMBERED_FILTERS) this.matched.delete(this.matched.keys().next().value!);
    this.matched.set(cacheKey, { takenAt: held.takenAt, list });
    return { sample, list };
  }

  /**
   * The anchors the filter keeps, a slice of anchors per query. Each slice drives the join (SQLite's
   * CROSS JOIN keeps it outside), so the filter is checked by primary-key lookups whatever its
   * indexes: a broad filter never reads its whole range here.
   */
  private async matchingIds(filters: SearchedFilters, inOrder: Positioned[], now: Date): Promise<Set<string>> {
    const matching = new Set<string>();
    for (let i = 0; i < inOrder.length; i += ANCHORS_PER_CHECK) {
      const ids = inOrder.slice(i, i + ANCHORS_PER_CHECK).map((p) => sql`(${p.anchor.id})`);
      const anchors = sql`(values ${sql.join(ids)})`.as('anchors');
      const base = this.db
        .selectFrom(anchors)
        .crossJoin('jobs')
        .whereRef('jobs.id', '=', sql.ref('anchors.column1')) as unknown as JobsQuery;
      const rows = await filteredJobs(this.db, filters, now, base).select('jobs.id').execute();
      for (const row of rows) matching.add(row.id);
    }
    return matching;
  }
}

const byDatabase = new WeakMap<Kysely<Database>, JobPositions>();
/** The positions of a database with the default options, for callers without their own (tests, scripts). */
export function positionsOf(db: Kysely<Database>): JobPositions {
  let positions = byDatabase.get(db);
  if (!positions) byDatabase.set(db, (positions = new JobPositions(db)));
  return positions;
}

/** The anchors in the list's order (dated in its direction, then undated by id in its direction) and where each stands. */
function listOrder(sample: SortSample, order: Order): Positioned[] {
  const { step, dated, datedRows, undated, undatedRows } = sample;
  if (order.dir === 'asc') {
    return [...dated.map((anchor, i) => ({ anchor, at: i * step })), ...undated.map((anchor, i) => ({ anchor, at: datedRows + i * step }))];
  }
  const down = (anchors: Anchor[], rows: number, from: number) => anchors.map((anchor, i) => ({ anchor, at: from + rows - 1 - i * step })).reverse();
  return [...down(dated, datedRows, 0), ...down(undated, undatedRows, datedRows)];
}

const FILTER_KEYS = ['status', 'technicianId', 'customerId', 'from', 'to', 'hasOpenReserves', 'q', 'view'] as const;
export const isUnfiltered = (filters: SearchedFilters) => FILTER_KEYS.every((key) => filters[key] === undefined || filters[key] === '');
/** Views that read the clock (late, today) match other jobs a moment later. */
const filtersDependOnNow = (filters: SearchedFilters) => filters.view === 'late' || filters.view === 'today';

/** 734,512 → 730,000: an estimate says no more than it knows. */
export function roundToTwoDigits(n: number): number {
  if (n < 100) return Math.round(n);
  const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / unit) * unit;
}
