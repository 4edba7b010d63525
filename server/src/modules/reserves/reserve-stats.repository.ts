import { sql, type Kysely } from 'kysely';
import type { ReserveAgeBucket, ReserveStats } from '@contract';
import type { Database } from '../../db/database';
import { DAY, weekStartOf } from './reserve-weeks.rules';

type Db = Kysely<Database>;

const WEEKS = 12;
const TOP_FIELDS_DAYS = 90;
const TOP_FIELDS = 10;

/** Age buckets of open reserves: [label, older than (days), younger than (days)]. */
const AGE_BUCKETS: [ReserveAgeBucket, number, number | null][] = [
  ['<1d', 0, 1],
  ['1-3d', 1, 3],
  ['3-7d', 3, 7],
  ['7-30d', 7, 30],
  ['>30d', 30, null],
];

/**
 * The triage charts. Every query is a range over an index: raised_at (reserves_raised),
 * resolved_at (reserves_resolved, 0013), status + raised_at (reserves_status_raised).
 */
export async function reserveStats(db: Db, now = new Date()): Promise<ReserveStats> {
  return {
    openedVsClosedByWeek: await openedVsClosed(db, now),
    openByAge: await openByAge(db, now),
    topFields: await topFields(db, now),
  };
}

/** Counts of `column` per week, one pass over the range of the last 12 weeks. */
async function perWeek(db: Db, column: 'raisedAt' | 'resolvedAt', starts: string[], end: string): Promise<number[]> {
  const ref = sql.ref(`reserves.${column}`);
  const row = await db
    .selectFrom('reserves')
    .select(
      starts.map((start, i) => {
        const next = starts[i + 1] ?? end;
        return sql<string | number>`coalesce(sum(case when ${ref} >= ${start} and ${ref} < ${next} then 1 else 0 end), 0)`.as(`w${i}`);
      }),
    )
    .where(`reserves.${column}`, '>=', starts[0]!)
    .where(`reserves.${column}`, '<', end)
    .executeTakeFirstOrThrow();
  const counts = row as Record<string, string | number>;
  return starts.map((_, i) => Number(counts[`w${i}`]));
}

/** Opened = raised that week; closed = left "unresolved" that week (resolved_at), still closed now. */
async function openedVsClosed(db: Db, now: Date): Promise<ReserveStats['openedVsClosedByWeek']> {
  const current = weekStartOf(now).getTime();
  const starts = Array.from({ length: WEEKS }, (_, i) => new Date(current - (WEEKS - 1 - i) * 7 * DAY).toISOString());
  const end = new Date(current + 7 * DAY).toISOString();
  const [opened, closed] = [await perWeek(db, 'raisedAt', starts, end), await perWeek(db, 'resolvedAt', starts, end)];
  return starts.map((weekStart, i) => ({ weekStart: weekStart.slice(0, 10), opened: opened[i]!, closed: closed[i]! }));
}

async function openByAge(db: Db, now: Date): Promise<ReserveStats['openByAge']> {
  const ago = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
  const result: ReserveStats['openByAge'] = [];
  for (const [bucket, olderThan, youngerThan] of AGE_BUCKETS) {
    let q = db.selectFrom('reserves').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'unresolved').where('raisedAt', '<=', ago(olderThan));
    if (youngerThan !== null) q = q.where('raisedAt', '>', ago(youngerThan));
    result.push({ bucket, count: Number((await q.executeTakeFirstOrThrow()).n) });
  }
  return result;
}

/** The fields with most reserves raised in the last 90 days (by label, as the console shows them). */
async function topFields(db: Db, now: Date): Promise<ReserveStats['topFields']> {
  const rows = await db
    .selectFrom('reserves')
    .select(['familyLabel', 'fieldLabel', (eb) => eb.fn.countAll().as('n')])
    .where('raisedAt', '>=', new Date(now.getTime() - TOP_FIELDS_DAYS * DAY).toISOString())
    .groupBy(['familyLabel', 'fieldLabel'])
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('familyLabel')
    .orderBy('fieldLabel')
    .limit(TOP_FIELDS)
    .execute();
  return rows.map((r) => ({ familyLabel: r.familyLabel, fieldLabel: r.fieldLabel, count: Number(r.n) }));
}
