import type { JobEvent } from '@contract';

export interface WorkSegment {
  kind: 'work' | 'pause';
  start: string;
  end: string;
  /** Share of the whole span, 0..1, for drawing. */
  offset: number;
  width: number;
}

const OPENS = new Set(['started', 'resumed']);
const CLOSES = new Set(['paused', 'completed']);

/**
 * Work and pauses from the job's history (started → paused → resumed → … → completed), oldest
 * first. A period still open (no completed yet) ends at `nowIso`.
 */
export function workSegments(events: readonly JobEvent[], nowIso: string): WorkSegment[] {
  const ordered = events.filter((e) => OPENS.has(e.type) || CLOSES.has(e.type)).sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  const raw: Omit<WorkSegment, 'offset' | 'width'>[] = [];
  let openedAt: string | null = null;
  let pausedAt: string | null = null;
  for (const event of ordered) {
    if (OPENS.has(event.type) && openedAt === null) {
      if (pausedAt) raw.push({ kind: 'pause', start: pausedAt, end: event.occurredAt });
      pausedAt = null;
      openedAt = event.occurredAt;
    } else if (CLOSES.has(event.type) && openedAt !== null) {
      raw.push({ kind: 'work', start: openedAt, end: event.occurredAt });
      openedAt = null;
      pausedAt = event.type === 'paused' ? event.occurredAt : null;
    }
  }
  if (openedAt) raw.push({ kind: 'work', start: openedAt, end: nowIso });
  if (!raw.length) return [];
  const from = Date.parse(raw[0].start);
  const span = Math.max(1, Date.parse(raw[raw.length - 1].end) - from);
  return raw.map((s) => ({ ...s, offset: (Date.parse(s.start) - from) / span, width: (Date.parse(s.end) - Date.parse(s.start)) / span }));
}

export const segmentSeconds = (segment: Pick<WorkSegment, 'start' | 'end'>) => Math.round((Date.parse(segment.end) - Date.parse(segment.start)) / 1000);
