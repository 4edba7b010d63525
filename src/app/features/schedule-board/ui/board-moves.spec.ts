import type { BoardJob } from '@contract';
import { type MoveIntent, changesSomething, dropStart, initialPick, isMovable, rescheduleBody, stepPick } from './board-moves';
import { boardPeriod } from './board-period';

const at = (hour: number, minute = 0, date = 26) => new Date(2026, 10, date, hour, minute).getTime();
const iso = (hour: number, minute = 0, date = 26) => new Date(at(hour, minute, date)).toISOString();

function job(overrides: Partial<BoardJob> = {}): BoardJob {
  return {
    id: 'j-1',
    number: 'J-000101',
    status: 'scheduled',
    plannedStart: iso(9),
    plannedEnd: iso(10, 30),
    managerId: 't-anne',
    auxiliaryIds: ['t-bruno'],
    customerName: 'Boulangerie Martin',
    siteCity: 'Lyon',
    version: 4,
    ...overrides,
  };
}

const technicians = ['t-anne', 't-bruno', 't-chloe'];
const day = boardPeriod({ date: '2026-11-26', view: 'day' });
const week = boardPeriod({ date: '2026-11-26', view: 'week' });

describe('board moves', () => {
  it('drops a block where its left edge lands, snapped to a quarter hour', () => {
    // Grabbed 30 px into the block, released at 400 px: the left edge is at 370 px = 13:10 → 13:15.
    expect(dropStart(job(), day, 400, 30)).toBe(at(13, 15));
    // Far to the left: the earliest start shown.
    expect(dropStart(job(), day, 10, 60)).toBe(at(7));
  });

  it('in week view, drops on the day under the pointer at the same time of day', () => {
    expect(dropStart(job(), week, 4 * 104 + 20, 0)).toBe(at(9, 0, 27));
    expect(dropStart(job({ plannedStart: null, plannedEnd: null }), week, 10, 0)).toBe(at(8, 0, 23));
  });

  it('builds the reschedule body: the target technician as manager, the same duration', () => {
    const intent: MoveIntent = { job: job(), technicianId: 't-chloe', start: at(13, 15) };
    expect(rescheduleBody(intent)).toEqual({
      plannedStart: iso(13, 15),
      plannedEnd: iso(14, 45),
      managerId: 't-chloe',
      auxiliaryIds: ['t-bruno'],
    });
  });

  it('takes the new manager out of the auxiliaries, nobody being both', () => {
    const body = rescheduleBody({ job: job(), technicianId: 't-bruno', start: at(9) });
    expect(body.managerId).toBe('t-bruno');
    expect(body.auxiliaryIds).toEqual([]);
  });

  it('gives an undated pool job one hour', () => {
    const body = rescheduleBody({ job: job({ plannedStart: null, plannedEnd: null, managerId: null, auxiliaryIds: [] }), technicianId: 't-anne', start: at(11) });
    expect(body).toEqual({ plannedStart: iso(11), plannedEnd: iso(12), managerId: 't-anne', auxiliaryIds: [] });
  });

  it('does not send a move that changes nothing', () => {
    expect(changesSomething({ job: job(), technicianId: 't-anne', start: at(9) })).toBeFalse();
    expect(changesSomething({ job: job(), technicianId: 't-anne', start: at(9, 15) })).toBeTrue();
    expect(changesSomething({ job: job(), technicianId: 't-chloe', start: at(9) })).toBeTrue();
  });

  it('moves only jobs whose planning may change', () => {
    expect(isMovable(job({ status: 'created' }))).toBeTrue();
    expect(isMovable(job({ status: 'synchronized' }))).toBeTrue();
    expect(isMovable(job({ status: 'started' }))).toBeFalse();
    expect(isMovable(job({ status: 'completed' }))).toBeFalse();
  });

  describe('with the keyboard', () => {
    it('picks a job up where it is, and a pool job on the first technician at 08:00', () => {
      expect(initialPick(job(), day, technicians)).toEqual({ technicianId: 't-anne', start: at(9) });
      const pooled = job({ plannedStart: null, plannedEnd: null, managerId: null, auxiliaryIds: [] });
      expect(initialPick(pooled, day, technicians)).toEqual({ technicianId: 't-anne', start: at(8) });
      expect(initialPick(pooled, day, [])).toBeNull();
    });

    it('moves a technician with Up/Down and a quarter hour with Left/Right, staying on the board', () => {
      let position = initialPick(job(), day, technicians)!;
      position = stepPick(position, 'ArrowDown', day, technicians);
      position = stepPick(position, 'ArrowDown', day, technicians);
      position = stepPick(position, 'ArrowDown', day, technicians);
      expect(position.technicianId).toBe('t-chloe');
      position = stepPick(position, 'ArrowUp', day, technicians);
      expect(position.technicianId).toBe('t-bruno');
      position = stepPick(position, 'ArrowRight', day, technicians);
      position = stepPick(position, 'ArrowRight', day, technicians);
      position = stepPick(position, 'ArrowLeft', day, technicians);
      expect(position.start).toBe(at(9, 15));
      let early = { technicianId: 't-anne', start: at(7) };
      early = stepPick(early, 'ArrowLeft', day, technicians);
      expect(early.start).toBe(at(7));
    });

    it('moves a day with Left/Right in week view, within the week', () => {
      let position = initialPick(job(), week, technicians)!;
      position = stepPick(position, 'ArrowRight', week, technicians);
      expect(position.start).toBe(at(9, 0, 27));
      for (let i = 0; i < 5; i++) position = stepPick(position, 'ArrowRight', week, technicians);
      expect(position.start).toBe(at(9, 0, 29));
    });

    it('produces the same body as the mouse drop to the same place', () => {
      // Mouse: Chloé's row, left edge at 13:15 (grabbed at the block's left edge).
      const byMouse = rescheduleBody({ job: job(), technicianId: 't-chloe', start: dropStart(job(), day, timeX(13, 15), 0) });
      // Keyboard: from Anne 09:00, two rows down and 17 quarter hours to the right.
      let position = initialPick(job(), day, technicians)!;
      position = stepPick(stepPick(position, 'ArrowDown', day, technicians), 'ArrowDown', day, technicians);
      for (let i = 0; i < 17; i++) position = stepPick(position, 'ArrowRight', day, technicians);
      const byKeyboard = rescheduleBody({ job: job(), ...position });
      expect(byKeyboard).toEqual(byMouse);
      expect(byKeyboard.plannedStart).toBe(iso(13, 15));
    });
  });
});

/** Pixels from the day's left edge for a local time (a pixel a minute from 07:00). */
function timeX(hour: number, minute: number): number {
  return (hour - 7) * 60 + minute;
}
