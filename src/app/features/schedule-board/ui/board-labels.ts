import type { BoardView } from './board-period';

function locale(lang: string): string {
  return lang === 'fr' ? 'fr-FR' : 'en-GB';
}

/** "09:00–10:30", or "Thu 26 Nov, 09:00–10:30" in week view, in the browser's time zone. */
export function formatSpan(start: number, end: number, lang: string, view: BoardView): string {
  const time = new Intl.DateTimeFormat(locale(lang), { hour: '2-digit', minute: '2-digit' });
  const span = `${time.format(start)}–${time.format(end)}`;
  if (view === 'day') return span;
  const day = new Intl.DateTimeFormat(locale(lang), { weekday: 'short', day: 'numeric', month: 'short' });
  return `${day.format(start)}, ${span}`;
}

/** A column heading of the week view: "Mon 23 Nov" / "lun. 23 nov.". */
export function formatDayHeading(midnight: Date, lang: string): string {
  return new Intl.DateTimeFormat(locale(lang), { weekday: 'short', day: 'numeric', month: 'short' }).format(midnight);
}

/** The period in the toolbar: "Thursday 26 November 2026" or "23 – 29 Nov 2026". */
export function formatPeriod(first: Date, last: Date, lang: string, view: BoardView): string {
  if (view === 'day') {
    return new Intl.DateTimeFormat(locale(lang), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(first);
  }
  return new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'short', year: 'numeric' }).formatRange(first, last);
}

/** An hour heading of the day view: "07:00". */
export function formatHour(hour: number, lang: string): string {
  return new Intl.DateTimeFormat(locale(lang), { hour: '2-digit', minute: '2-digit' }).format(new Date(2000, 0, 1, hour));
}
