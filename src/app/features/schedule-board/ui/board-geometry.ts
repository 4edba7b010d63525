import type { BoardView } from './board-period';
import { addDays, dayStart } from './board-period';

/** The working day the day view shows, in local hours: 07:00–19:00. */
export const DAY_START_HOUR = 7;
export const DAY_END_HOUR = 19;
/** Drops and arrow keys land on quarter hours. */
export const SNAP_MINUTES = 15;
/** One pixel a minute: the whole day fits beside the job pool on a 1440-pixel screen. */
export const HOUR_WIDTH_PX = 60;
export const WEEK_COLUMN_WIDTH_PX = 104;
/** A job without planned times (from the pool) is given this duration, and this time in week view. */
export const DEFAULT_DURATION_MINUTES = 60;
export const DEFAULT_START_HOUR = 8;

const MINUTE = 60_000;

/** How the day view turns time into pixels: `origin` is 07:00 local on the day shown. */
export interface DayScale {
  origin: number;
  pxPerMinute: number;
  /** Minutes from the first to the last hour shown. */
  minutes: number;
}

export function dayScale(day: string, hourWidth = HOUR_WIDTH_PX): DayScale {
  const midnight = dayStart(day) ?? new Date();
  const origin = new Date(midnight.getFullYear(), midnight.getMonth(), midnight.getDate(), DAY_START_HOUR).getTime();
  return { origin, pxPerMinute: hourWidth / 60, minutes: (DAY_END_HOUR - DAY_START_HOUR) * 60 };
}

export function timelineWidth(view: BoardView, scale: DayScale, dayCount: number): number {
  return view === 'day' ? scale.minutes * scale.pxPerMinute : dayCount * WEEK_COLUMN_WIDTH_PX;
}

export function timeToX(time: number, scale: DayScale): number {
  return ((time - scale.origin) / MINUTE) * scale.pxPerMinute;
}

export function xToTime(x: number, scale: DayScale): number {
  return scale.origin + (x / scale.pxPerMinute) * MINUTE;
}

/** The nearest quarter hour counted from the scale's origin. */
export function snapTime(time: number, scale: DayScale, minutes = SNAP_MINUTES): number {
  const step = minutes * MINUTE;
  return scale.origin + Math.round((time - scale.origin) / step) * step;
}

/** A start the day view can show: from 07:00 to the last quarter before 19:00. */
export function clampStart(time: number, scale: DayScale): number {
  const last = scale.origin + (scale.minutes - SNAP_MINUTES) * MINUTE;
  return Math.min(Math.max(time, scale.origin), last);
}

/** Left and width of a block in the day view, cut to the hours shown and never thinner than a quarter hour. */
export function dayBox(start: number, end: number, scale: DayScale): { left: number; width: number } {
  const full = scale.minutes * scale.pxPerMinute;
  const minWidth = SNAP_MINUTES * scale.pxPerMinute;
  const left = Math.min(Math.max(timeToX(start, scale), 0), full - minWidth);
  const right = Math.min(Math.max(timeToX(end, scale), left + minWidth), full);
  return { left, width: right - left };
}

/** Index of the column (local day) holding `time`, or -1 when it is outside the days shown. */
export function dayIndexOf(time: number, days: readonly string[]): number {
  for (let i = days.length - 1; i >= 0; i--) {
    const start = dayStart(days[i])!.getTime();
    if (time >= start) return time < dayStart(addDays(days[i], 1))!.getTime() ? i : -1;
  }
  return -1;
}

/** The week column under `x`, kept within the columns. */
export function weekColumnAt(x: number, count: number, columnWidth = WEEK_COLUMN_WIDTH_PX): number {
  return Math.min(Math.max(Math.floor(x / columnWidth), 0), count - 1);
}

/** The same local time of day as `reference` on another day (08:00 when there is no reference). */
export function sameTimeOn(day: string, reference: number | null): number {
  const midnight = dayStart(day)!;
  const ref = reference === null ? null : new Date(reference);
  const hours = ref ? ref.getHours() : DEFAULT_START_HOUR;
  const minutes = ref ? ref.getMinutes() : 0;
  return new Date(midnight.getFullYear(), midnight.getMonth(), midnight.getDate(), hours, minutes).getTime();
}

/** Something with a start and an end, to be stacked in lanes when it overlaps another. */
export interface Span {
  id: string;
  start: number;
  end: number;
}

/**
 * Overlapping spans go into separate lanes (first lane free when a span starts), so no block
 * hides another. Answers the lane of each span and how many lanes the row needs.
 */
export function assignLanes(spans: readonly Span[]): { lanes: Map<string, number>; count: number } {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
  const laneEnds: number[] = [];
  const lanes = new Map<string, number>();
  for (const span of sorted) {
    let lane = laneEnds.findIndex((end) => end <= span.start);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = Math.max(span.end, span.start + 1);
    lanes.set(span.id, lane);
  }
  return { lanes, count: laneEnds.length };
}
