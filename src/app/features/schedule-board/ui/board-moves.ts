import type { BoardJob, JobRescheduleInput, JobStatus } from '@contract';
import {
  DEFAULT_DURATION_MINUTES,
  SNAP_MINUTES,
  clampStart,
  dayIndexOf,
  dayScale,
  sameTimeOn,
  snapTime,
  weekColumnAt,
  xToTime,
} from './board-geometry';
import type { BoardPeriod } from './board-period';

const MINUTE = 60_000;

/** Statuses whose planning may still change (contract `editableStatuses`; the board is type-only on the contract). */
const MOVABLE: readonly JobStatus[] = ['created', 'draft', 'scheduled', 'synchronized'];

export function isMovable(job: BoardJob): boolean {
  return MOVABLE.includes(job.status);
}

/** Where a job is asked to go: a technician's row and a new start (ms); the duration is kept. */
export interface MoveIntent {
  job: BoardJob;
  technicianId: string;
  start: number;
}

export function durationOf(job: BoardJob): number {
  if (job.plannedStart && job.plannedEnd) {
    const duration = Date.parse(job.plannedEnd) - Date.parse(job.plannedStart);
    if (duration > 0) return duration;
  }
  return DEFAULT_DURATION_MINUTES * MINUTE;
}

/**
 * The body of POST /api/jobs/:id/reschedule for a move: the target technician becomes the job
 * manager (and leaves the auxiliaries, as nobody may be both), the job keeps its duration.
 */
export function rescheduleBody({ job, technicianId, start }: MoveIntent): JobRescheduleInput {
  return {
    plannedStart: new Date(start).toISOString(),
    plannedEnd: new Date(start + durationOf(job)).toISOString(),
    managerId: technicianId,
    auxiliaryIds: job.auxiliaryIds.filter((id) => id !== technicianId),
  };
}

/** A move that changes nothing is not sent. */
export function changesSomething({ job, technicianId, start }: MoveIntent): boolean {
  return job.managerId !== technicianId || !job.plannedStart || Date.parse(job.plannedStart) !== start;
}

/**
 * The start a mouse drop asks for. Day view: the block's left edge (pointer minus where the
 * block was grabbed) snapped to a quarter hour. Week view: the day under the pointer, at the
 * job's own time of day (08:00 for an undated job).
 */
export function dropStart(job: BoardJob, period: BoardPeriod, pointerX: number, grabOffsetX: number): number {
  if (period.view === 'day') {
    const scale = dayScale(period.date);
    return clampStart(snapTime(xToTime(pointerX - grabOffsetX, scale), scale), scale);
  }
  const day = period.days[weekColumnAt(pointerX, period.days.length)];
  return sameTimeOn(day, job.plannedStart ? Date.parse(job.plannedStart) : null);
}

/** Where a job picked up with the keyboard stands before it is dropped. */
export interface PickPosition {
  technicianId: string;
  start: number;
}

/**
 * Where a picked job starts: its own row and time when they are on the board, else the first
 * technician, on the day shown (week view: the first day) at its own time of day or 08:00.
 */
export function initialPick(job: BoardJob, period: BoardPeriod, technicianIds: readonly string[]): PickPosition | null {
  if (technicianIds.length === 0) return null;
  const technicianId = job.managerId && technicianIds.includes(job.managerId) ? job.managerId : technicianIds[0];
  const planned = job.plannedStart ? Date.parse(job.plannedStart) : null;
  if (planned !== null && dayIndexOf(planned, period.days) !== -1) {
    const start = period.view === 'day' ? clampStart(snapTime(planned, dayScale(period.date)), dayScale(period.date)) : planned;
    return { technicianId, start };
  }
  const start = sameTimeOn(period.view === 'day' ? period.date : period.days[0], planned);
  return { technicianId, start: period.view === 'day' ? clampStart(snapTime(start, dayScale(period.date)), dayScale(period.date)) : start };
}

export type MoveKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

export function isMoveKey(key: string): key is MoveKey {
  return key === 'ArrowUp' || key === 'ArrowDown' || key === 'ArrowLeft' || key === 'ArrowRight';
}

/**
 * One arrow key on a picked job: Up/Down the previous/next technician, Left/Right a quarter hour
 * (day view) or a day (week view), always staying on the period shown.
 */
export function stepPick(position: PickPosition, key: MoveKey, period: BoardPeriod, technicianIds: readonly string[]): PickPosition {
  if (key === 'ArrowUp' || key === 'ArrowDown') {
    const row = technicianIds.indexOf(position.technicianId);
    const next = Math.min(Math.max(row + (key === 'ArrowDown' ? 1 : -1), 0), technicianIds.length - 1);
    return { ...position, technicianId: technicianIds[next] ?? position.technicianId };
  }
  const direction = key === 'ArrowRight' ? 1 : -1;
  if (period.view === 'day') {
    const scale = dayScale(period.date);
    return { ...position, start: clampStart(snapTime(position.start + direction * SNAP_MINUTES * MINUTE, scale), scale) };
  }
  const column = dayIndexOf(position.start, period.days);
  const next = Math.min(Math.max(column + direction, 0), period.days.length - 1);
  return { ...position, start: sameTimeOn(period.days[next], position.start) };
}
