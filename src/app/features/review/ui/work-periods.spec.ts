import type { JobEvent } from '@contract';
import { workedVsPlanned } from './review-durations';
import { workSegments } from './work-periods';

const event = (type: string, at: string): JobEvent => ({
  id: `${type}-${at}`,
  type,
  fromStatus: null,
  toStatus: null,
  actorId: null,
  actorName: null,
  source: 'field',
  data: {},
  occurredAt: `2026-12-09T${at}:00.000Z`,
});

describe('work timeline', () => {
  it('turns started / paused / resumed / completed into work and pause segments', () => {
    const segments = workSegments(
      [event('completed', '12:00'), event('started', '08:00'), event('updated', '09:00'), event('paused', '10:00'), event('resumed', '11:00')],
      '2026-12-09T13:00:00.000Z',
    );
    expect(segments.map((s) => [s.kind, s.start.slice(11, 16), s.end.slice(11, 16)])).toEqual([
      ['work', '08:00', '10:00'],
      ['pause', '10:00', '11:00'],
      ['work', '11:00', '12:00'],
    ]);
    expect(segments[1].offset).toBe(0.5);
    expect(segments[1].width).toBe(0.25);
  });

  it('is empty for a job never started', () => {
    expect(workSegments([event('scheduled', '07:00')], '2026-12-09T13:00:00.000Z')).toEqual([]);
  });

  it('shows worked vs planned and flags an over-run', () => {
    expect(workedVsPlanned(7800, 6300)).toEqual({ text: '2 h 10 / 1 h 45', overrun: true });
    expect(workedVsPlanned(2700, 3600)).toEqual({ text: '45 min / 1 h 00', overrun: false });
    expect(workedVsPlanned(2700, null)).toEqual({ text: '45 min', overrun: false });
  });
});
