import type { JobListQuery, JobListSort, JobListView } from '@contract';
import type { z } from 'zod';
import { decodeCursor } from '../../shared/cursor';

type Query = z.output<typeof JobListQuery>;
export type Direction = 'asc' | 'desc';

/** The column behind each sort; the nullable ones list their undated rows last, in id order. */
export const SORT_COLUMNS = {
  plannedStart: { column: 'jobs.plannedStart', nullable: true },
  number: { column: 'jobs.seq', nullable: false },
  updatedAt: { column: 'jobs.updatedAt', nullable: false },
  completedAt: { column: 'jobs.completedAt', nullable: true },
  declinedAt: { column: 'jobs.declinedAt', nullable: true },
} as const satisfies Record<JobListSort, { column: string; nullable: boolean }>;

export type SortColumn = (typeof SORT_COLUMNS)[JobListSort]['column'];

/** Each view's natural order (the grid's default when it sends no sort). */
const VIEW_ORDER: Record<JobListView | 'all', [JobListSort, Direction]> = {
  all: ['plannedStart', 'desc'],
  today: ['plannedStart', 'asc'],
  pool: ['number', 'desc'],
  drafts: ['plannedStart', 'asc'],
  declined: ['declinedAt', 'desc'],
  late: ['plannedStart', 'asc'],
  awaiting_review: ['completedAt', 'asc'],
};

const SORT_DIRECTION: Record<JobListSort, Direction> = {
  plannedStart: 'asc',
  number: 'desc',
  updatedAt: 'desc',
  completedAt: 'desc',
  declinedAt: 'desc',
};

export interface Order {
  sort: JobListSort;
  dir: Direction;
  column: SortColumn;
  nullable: boolean;
}

export function orderOf(query: Pick<Query, 'sort' | 'dir' | 'view'>): Order {
  const [viewSort, viewDir] = VIEW_ORDER[query.view ?? 'all'];
  const sort = query.sort ?? viewSort;
  const dir = query.dir ?? (query.sort ? SORT_DIRECTION[sort] : viewDir);
  return { sort, dir, ...SORT_COLUMNS[sort] };
}

/** The last row's key: [value, id]; value is null for an undated row of a nullable sort. */
export type SortKey = [string | number | null, string];

export function decodeKey(cursor: string, order: Order): SortKey {
  return decodeCursor(cursor, [order.nullable ? 'nullableString' : order.sort === 'number' ? 'number' : 'string', 'string']) as SortKey;
}
