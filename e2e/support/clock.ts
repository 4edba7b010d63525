import { test as base } from '@playwright/test';

/** The browser's time zone (playwright.config.ts): the console plans in local time. */
export const TIME_ZONE = 'Europe/Paris';

/**
 * The journeys' "now": FIELDDESK_NOW when the suite runs at a fixed instant (the server runs on
 * the same clock through scripts/fixed-clock.mjs, the browser through `page.clock`), else the real clock.
 */
const fixed = process.env['FIELDDESK_NOW'];
const since = Number(process.env['FIELDDESK_NOW_SINCE'] || Date.now());
const offset = fixed ? Date.parse(fixed) - since : 0;
export const now = (): number => Date.now() + offset;

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function wallParts(ms: number) {
  const part = (type: string) => Number(wallClock.formatToParts(ms).find((p) => p.type === type)!.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute'), second: part('second') };
}

/** The local day (YYYY-MM-DD) of an instant, `days` later by the calendar. */
export function localDay(ms = now(), days = 0): string {
  const { year, month, day } = wallParts(ms);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** A day `days` after today as a person types it in a date field: day first (DD/MM/YYYY), in French and English alike. */
export function datePickerDay(days: number): string {
  const [year, month, date] = localDay(now(), days).split('-');
  return `${date}/${month}/${year}`;
}

/** Hour and minute of an instant on the local wall clock. */
export function localTime(iso: string): { hour: number; minute: number } {
  const { hour, minute } = wallParts(Date.parse(iso));
  return { hour, minute };
}

/** The instant (ISO) that reads `HH:MM` on the local wall clock of `day`, daylight saving included. */
export function atLocal(day: string, time: string): string {
  const [year, month, date] = day.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, date, hour, minute);
  const offsetAt = (ms: number) => {
    const p = wallParts(ms);
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(ms / 1000) * 1000;
  };
  const guess = wall - offsetAt(wall);
  return new Date(wall - offsetAt(guess)).toISOString();
}

/** `test` whose browser starts its clock at the journeys' "now" when the suite runs at a fixed instant. */
export const test = base.extend({
  page: async ({ page }, use) => {
    if (fixed) await page.clock.install({ time: now() });
    await use(page);
  },
});
export { expect } from '@playwright/test';
