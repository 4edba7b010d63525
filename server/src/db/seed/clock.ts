export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/**
 * The data's fixed "now": 10:00 UTC of the seeding day (morning in France and the UK), so that
 * two runs on the same day are identical and some of today's jobs are already under way.
 */
export function referenceNow(day: Date): number {
  const start = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
  return start + 10 * HOUR;
}

export function startOfUtcDay(ms: number): number {
  return ms - (((ms % DAY) + DAY) % DAY);
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function roundTo(ms: number, step: number): number {
  return Math.round(ms / step) * step;
}
