/** "2 h 10" or "45 min": worked and planned durations side by side read shorter without units twice. */
export function formatDuration(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return hours ? `${hours} h ${String(rest).padStart(2, '0')}` : `${rest} min`;
}

/** Worked vs planned, e.g. "2 h 10 / 1 h 45"; over-run when the job took longer than planned. */
export function workedVsPlanned(workedSeconds: number, plannedSeconds: number | null): { text: string; overrun: boolean } {
  if (plannedSeconds === null) return { text: formatDuration(workedSeconds), overrun: false };
  return { text: `${formatDuration(workedSeconds)} / ${formatDuration(plannedSeconds)}`, overrun: workedSeconds > plannedSeconds };
}
