/** The board shows one day or one week (Monday first), in the browser's time zone. */
export type BoardView = 'day' | 'week';

export interface BoardParams {
  /** A local calendar day, `YYYY-MM-DD`. */
  date: string;
  view: BoardView;
}

export interface BoardPeriod extends BoardParams {
  /** The local days shown as columns (one in day view, seven in week view). */
  days: string[];
  /** Local midnight of the first day and of the day after the last, as UTC ISO text: the API's [from, to). */
  from: string;
  to: string;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `YYYY-MM-DD` of a moment, in the browser's time zone. */
export function localDay(moment: Date | number): string {
  const d = new Date(moment);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local midnight of a `YYYY-MM-DD` day, or null when it is not a real day. */
export function dayStart(day: string): Date | null {
  const match = DATE_PATTERN.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const midnight = new Date(year, month - 1, date);
  return midnight.getFullYear() === year && midnight.getMonth() === month - 1 && midnight.getDate() === date ? midnight : null;
}

/** Calendar arithmetic (not 24-hour steps), so a daylight-saving change keeps midnight at midnight. */
export function addDays(day: string, count: number): string {
  const start = dayStart(day) ?? new Date();
  return localDay(new Date(start.getFullYear(), start.getMonth(), start.getDate() + count));
}

/** Monday of the week holding `day`. */
export function weekStart(day: string): string {
  const start = dayStart(day) ?? new Date();
  const sinceMonday = (start.getDay() + 6) % 7;
  return addDays(localDay(start), -sinceMonday);
}

/** What the URL asks for; anything unreadable falls back to today's day view. */
export function readBoardParams(date: string | null | undefined, view: string | null | undefined, today: string): BoardParams {
  return {
    date: date && dayStart(date) ? date : today,
    view: view === 'week' ? 'week' : 'day',
  };
}

export function boardPeriod({ date, view }: BoardParams): BoardPeriod {
  const first = view === 'week' ? weekStart(date) : date;
  const count = view === 'week' ? 7 : 1;
  const days = Array.from({ length: count }, (_, i) => addDays(first, i));
  return {
    date,
    view,
    days,
    from: dayStart(first)!.toISOString(),
    to: dayStart(addDays(first, count))!.toISOString(),
  };
}

/** Previous (-1) or next (+1) day or week. */
export function shiftBoard({ date, view }: BoardParams, direction: -1 | 1): BoardParams {
  return { date: addDays(date, direction * (view === 'week' ? 7 : 1)), view };
}
