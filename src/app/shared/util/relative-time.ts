const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/** Below each limit (in seconds) the unit next to it is used. */
const STEPS: readonly [limit: number, unit: Intl.RelativeTimeFormatUnit, size: number][] = [
  [45 * MINUTE, 'minute', MINUTE],
  [22 * HOUR, 'hour', HOUR],
  [7 * DAY, 'day', DAY],
  [4 * WEEK, 'week', WEEK],
  [YEAR, 'month', MONTH],
  [Infinity, 'year', YEAR],
];

/** "a minute ago" rather than "1 minute ago", as the source product writes it. */
const ONE: Record<string, Partial<Record<Intl.RelativeTimeFormatUnit, string>>> = {
  en: { minute: 'a', hour: 'an', day: 'a', week: 'a', month: 'a', year: 'a' },
  fr: { minute: 'une', hour: 'une', day: 'un', week: 'une', month: 'un', year: 'un' },
};

/**
 * "now", "a minute ago", "3 hours ago", "in 2 days", "il y a 2 jours" for an ISO timestamp.
 * Numbers are always written out ("2 days ago", not French "avant-hier") so the wording stays predictable.
 */
export function formatRelativeTime(iso: string, nowMs: number, lang: string): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '';
  const seconds = (then - nowMs) / 1000;
  const abs = Math.abs(seconds);
  if (abs < 45) return new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(0, 'second');
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'always' });
  for (const [limit, unit, size] of STEPS) {
    if (abs < limit) {
      const count = Math.max(1, Math.round(abs / size));
      const text = format.format(seconds < 0 ? -count : count, unit);
      const word = count === 1 ? ONE[lang.slice(0, 2)]?.[unit] : undefined;
      return word ? text.replace(/(^|\s)1(\s)/, `$1${word}$2`) : text;
    }
  }
  return '';
}
