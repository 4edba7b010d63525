import { DAY, MINUTE, startOfUtcDay } from '../clock';
import type { JobTypeCode } from '../data/catalog';
import { Rng } from '../../../../../demo/random';

export const PAST_DAYS = 90;
export const FUTURE_DAYS = 14;
/** Returned jobs that get a full report (answers, photos, signatures, items); older ones keep the outline. */
export const DETAILED_RETURNED_JOBS = 5_000;

/** What a job ends up as. The three `pool_*`/`declined` plans are all status `created`. */
export type JobPlan =
  | 'validated'
  | 'completed'
  | 'cancelled'
  | 'started'
  | 'paused'
  | 'scheduled'
  | 'synchronized'
  | 'draft'
  | 'pool_no_technician'
  | 'pool_no_date'
  | 'declined';

export interface Slot {
  /** 0-based position in the numbering: J-000001 is index 0. */
  index: number;
  dayOffset: number;
  plannedStart: number;
  plannedEnd: number;
  type: JobTypeCode;
}

export interface Calendar {
  counts: number[];
  firstDay: number;
  pastCount: number;
  futureCount: number;
}

const DURATIONS: Record<JobTypeCode, [number, number]> = {
  maintenance: [45, 120],
  repair: [45, 180],
  installation: [180, 420],
  inspection: [30, 90],
};

/** Jobs per day over the last 90 days and the next 14: weekdays full, Saturdays light, Sundays rare. */
export function planCalendar(jobs: number, now: number): Calendar {
  const firstDay = startOfUtcDay(now) - PAST_DAYS * DAY;
  const days = PAST_DAYS + FUTURE_DAYS;
  const weights = Array.from({ length: days }, (_, d) => {
    const weekday = new Date(firstDay + d * DAY).getUTCDay();
    return weekday === 0 ? 0.03 : weekday === 6 ? 0.15 : 1;
  });
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (jobs * w) / totalWeight);
  const counts = exact.map(Math.floor);
  let left = jobs - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((e, d) => [e - Math.floor(e), d] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, d] of byRemainder) {
    if (left-- <= 0) break;
    counts[d]++;
  }
  // Today always has a few jobs, even on a Sunday, so that some are under way when the demo opens.
  const today = PAST_DAYS;
  const wanted = jobs >= 30 ? 6 : 0;
  while (counts[today] < wanted) {
    let busiest = 0; // today is never day 0: it comes after PAST_DAYS days
    for (let d = 0; d < days; d++) if (d !== today && counts[d] > counts[busiest]) busiest = d;
    counts[busiest]--;
    counts[today]++;
  }
  const pastCount = counts.slice(0, today).reduce((a, b) => a + b, 0);
  const futureCount = counts.slice(today + 1).reduce((a, b) => a + b, 0);
  return { counts, firstDay, pastCount, futureCount };
}

/**
 * The index from which returned jobs get a full report: a dry run of the slots and plans
 * (their own random stream, replayed identically by the real run) keeps the indexes of the
 * last DETAILED_RETURNED_JOBS returned jobs in a ring.
 */
export function detailCutoff(calendar: Calendar, planSeed: number, now: number): number {
  const rng = new Rng(planSeed);
  const planner = new Planner(rng, calendar, now);
  const ring = new Array<number>(DETAILED_RETURNED_JOBS);
  let returned = 0;
  for (const slot of slots(calendar, rng)) {
    const plan = planner.planFor(slot);
    if (plan === 'completed' || plan === 'validated') ring[returned++ % DETAILED_RETURNED_JOBS] = slot.index;
  }
  return returned <= DETAILED_RETURNED_JOBS ? 0 : ring[returned % DETAILED_RETURNED_JOBS];
}

/** The jobs in number order, one day at a time (a day's slots are sorted by start time). */
export function* slots(calendar: Calendar, rng: Rng): Generator<Slot> {
  let index = 0;
  for (let d = 0; d < calendar.counts.length; d++) {
    const dayStart = calendar.firstDay + d * DAY;
    const dayOffset = d - PAST_DAYS;
    const day: Slot[] = [];
    for (let n = 0; n < calendar.counts[d]; n++) {
      const type = rng.weighted([
        ['maintenance', 45],
        ['repair', 30],
        ['installation', 12],
        ['inspection', 13],
      ] as const);
      // Between 07:00 and 17:30 UTC (08:00–18:30 in Paris in winter, 07:00–17:30 in London);
      // today's first two start early so that they are under way at the data's "now".
      const [min, max] = DURATIONS[type];
      const quarters = Math.round(rng.int(min, max) / 15);
      const lastStart = Math.max(0, 42 - quarters);
      const quarter = dayOffset === 0 && n < 2 ? rng.int(0, Math.min(6, lastStart)) : rng.int(0, lastStart);
      const plannedStart = dayStart + 7 * 60 * MINUTE + quarter * 15 * MINUTE;
      const plannedEnd = plannedStart + quarters * 15 * MINUTE;
      day.push({ index: 0, dayOffset, plannedStart, plannedEnd, type });
    }
    day.sort((a, b) => a.plannedStart - b.plannedStart);
    for (const slot of day) {
      slot.index = index++;
      yield slot;
    }
  }
}

/**
 * Chooses the plan from the day: the past is mostly validated (recent days still waiting for
 * review), today is under way, the future is scheduled, synchronized, draft or still in the
 * pool. A few positions are fixed so that even a small demo shows every status.
 */
export class Planner {
  private pastSeen = 0;
  private todaySeen = 0;
  private futureSeen = 0;
  private readonly forcedPast: Map<number, JobPlan>;
  private readonly forcedFuture: Map<number, JobPlan>;

  constructor(
    private readonly rng: Rng,
    calendar: Calendar,
    private readonly now: number,
  ) {
    const p = calendar.pastCount;
    const f = calendar.futureCount;
    this.forcedPast = new Map<number, JobPlan>([
      [Math.floor(p / 3), 'validated'],
      [Math.floor(p / 2), 'cancelled'],
      [p - 1, 'completed'],
    ]);
    this.forcedFuture = new Map<number, JobPlan>([
      [0, 'synchronized'],
      [Math.floor(f / 6), 'draft'],
      [Math.floor((2 * f) / 6), 'pool_no_technician'],
      [Math.floor((3 * f) / 6), 'declined'],
      [Math.floor((4 * f) / 6), 'pool_no_date'],
      [f - 1, 'scheduled'],
    ]);
  }

  planFor(slot: Slot): JobPlan {
    const { rng } = this;
    if (slot.dayOffset < 0) {
      const forced = this.forcedPast.get(this.pastSeen++);
      if (forced) return forced;
      if (rng.chance(0.04)) return 'cancelled';
      const age = -slot.dayOffset;
      const validatedShare = age <= 2 ? 0.45 : age <= 7 ? 0.8 : 0.97;
      return rng.chance(validatedShare) ? 'validated' : 'completed';
    }
    if (slot.dayOffset === 0) {
      const seen = this.todaySeen++;
      if (slot.plannedStart < this.now) {
        if (seen === 0) return 'started';
        if (seen === 1) return 'paused';
        if (slot.plannedEnd <= this.now) return rng.weighted([['completed', 65], ['validated', 10], ['started', 25]] as const);
        return rng.chance(0.7) ? 'started' : 'paused';
      }
      return rng.chance(0.8) ? 'synchronized' : 'scheduled';
    }
    const forced = this.forcedFuture.get(this.futureSeen++);
    if (forced) return forced;
    if (slot.dayOffset <= 2) {
      return rng.weighted([
        ['synchronized', 55],
        ['scheduled', 30],
        ['draft', 5],
        ['pool_no_technician', 4],
        ['pool_no_date', 3],
        ['declined', 3],
      ] as const);
    }
    return rng.weighted([
      ['synchronized', 10],
      ['scheduled', 55],
      ['draft', 17],
      ['pool_no_technician', 7],
      ['pool_no_date', 6],
      ['declined', 4],
      ['cancelled', 1],
    ] as const);
  }
}
