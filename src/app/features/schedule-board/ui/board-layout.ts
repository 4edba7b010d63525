import type { BoardJob, JobBoard } from '@contract';
import { WEEK_COLUMN_WIDTH_PX, assignLanes, dayBox, dayIndexOf, dayScale } from './board-geometry';
import { type PickPosition, durationOf } from './board-moves';
import type { BoardPeriod } from './board-period';

/** A move sent to the server and not answered yet: the block is shown where it was dropped. */
export interface PendingMove {
  technicianId: string;
  plannedStart: string;
  plannedEnd: string;
}

export interface PickedJob {
  jobId: string;
  position: PickPosition;
}

/** One job drawn on one technician's row. */
export interface Block {
  /** Unique on the board: a job shows on its manager's row and, read-only, on each auxiliary's. */
  key: string;
  job: BoardJob;
  technicianId: string;
  start: number;
  end: number;
  auxiliary: boolean;
  pending: boolean;
  picked: boolean;
  left: number;
  width: number;
  lane: number;
}

export interface BoardRow {
  technician: { id: string; name: string };
  blocks: Block[];
  lanes: number;
}

interface Placed {
  job: BoardJob;
  managerId: string | null;
  auxiliaryIds: string[];
  start: number;
  end: number;
  pending: boolean;
  picked: boolean;
}

/** Where each job stands now: as loaded, as dropped (pending), or where the keyboard carries it. */
function placedJobs(board: JobBoard, pending: Readonly<Record<string, PendingMove>>, picked: PickedJob | null): Placed[] {
  const placed: Placed[] = [];
  const seen = new Set<string>();
  for (const job of [...board.jobs, ...board.pool]) {
    if (seen.has(job.id)) continue;
    seen.add(job.id);
    const move = pending[job.id];
    if (picked?.jobId === job.id) {
      const { technicianId, start } = picked.position;
      const auxiliaryIds = job.auxiliaryIds.filter((id) => id !== technicianId);
      placed.push({ job, managerId: technicianId, auxiliaryIds, start, end: start + durationOf(job), pending: false, picked: true });
    } else if (move) {
      const auxiliaryIds = job.auxiliaryIds.filter((id) => id !== move.technicianId);
      const [start, end] = [Date.parse(move.plannedStart), Date.parse(move.plannedEnd)];
      placed.push({ job, managerId: move.technicianId, auxiliaryIds, start, end, pending: true, picked: false });
    } else if (job.plannedStart && job.plannedEnd && job.managerId && board.jobs.includes(job)) {
      const [start, end] = [Date.parse(job.plannedStart), Date.parse(job.plannedEnd)];
      placed.push({ job, managerId: job.managerId, auxiliaryIds: job.auxiliaryIds, start, end, pending: false, picked: false });
    }
  }
  return placed;
}

/** The rows of the board, each with its blocks placed and stacked so that none hides another. */
export function layoutBoard(
  board: JobBoard,
  period: BoardPeriod,
  pending: Readonly<Record<string, PendingMove>> = {},
  picked: PickedJob | null = null,
): BoardRow[] {
  const byTechnician = new Map<string, Omit<Block, 'left' | 'width' | 'lane'>[]>();
  for (const p of placedJobs(board, pending, picked)) {
    const rows = [
      ...(p.managerId ? [{ id: p.managerId, auxiliary: false }] : []),
      ...p.auxiliaryIds.map((id) => ({ id, auxiliary: true })),
    ];
    for (const row of rows) {
      const list = byTechnician.get(row.id) ?? [];
      list.push({
        key: row.auxiliary ? `${p.job.id}:${row.id}` : p.job.id,
        job: p.job,
        technicianId: row.id,
        start: p.start,
        end: p.end,
        auxiliary: row.auxiliary,
        pending: p.pending,
        picked: p.picked,
      });
      byTechnician.set(row.id, list);
    }
  }
  return board.technicians.map((technician) => {
    const spans = byTechnician.get(technician.id) ?? [];
    const { blocks, lanes } = period.view === 'day' ? dayBlocks(spans, period) : weekBlocks(spans, period);
    return { technician, blocks, lanes };
  });
}

type Unplaced = Omit<Block, 'left' | 'width' | 'lane'>;

function dayBlocks(spans: Unplaced[], period: BoardPeriod): { blocks: Block[]; lanes: number } {
  const scale = dayScale(period.date);
  const { lanes, count } = assignLanes(spans.map((s) => ({ id: s.key, start: s.start, end: s.end })));
  const blocks = spans
    .map((s) => ({ ...s, ...dayBox(s.start, s.end, scale), lane: lanes.get(s.key) ?? 0 }))
    .sort((a, b) => a.start - b.start || a.key.localeCompare(b.key));
  return { blocks, lanes: Math.max(count, 1) };
}

/** Week view: one column per day, the day's jobs listed one under the other by start time. */
function weekBlocks(spans: Unplaced[], period: BoardPeriod): { blocks: Block[]; lanes: number } {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.key.localeCompare(b.key));
  const perDay = new Array<number>(period.days.length).fill(0);
  const blocks: Block[] = [];
  for (const span of sorted) {
    const index = dayIndexOf(span.start, period.days);
    // A job that began before the week (still overlapping it) shows on the first day.
    const column = index === -1 ? (span.start < Date.parse(period.from) ? 0 : -1) : index;
    if (column === -1) continue;
    blocks.push({ ...span, left: column * WEEK_COLUMN_WIDTH_PX, width: WEEK_COLUMN_WIDTH_PX, lane: perDay[column]++ });
  }
  return { blocks, lanes: Math.max(1, ...perDay) };
}
