import {
  assignLanes,
  clampStart,
  dayBox,
  dayIndexOf,
  dayScale,
  sameTimeOn,
  snapTime,
  timeToX,
  weekColumnAt,
  xToTime,
} from './board-geometry';

/** Local times, so the specs hold in any time zone the browser runs in. */
const at = (hour: number, minute = 0, date = 26) => new Date(2026, 10, date, hour, minute).getTime();

describe('board geometry', () => {
  const scale = dayScale('2026-11-26');

  it('puts 07:00 at the left edge and one minute at one pixel', () => {
    expect(scale.origin).toBe(at(7));
    expect(timeToX(at(7), scale)).toBe(0);
    expect(timeToX(at(9, 30), scale)).toBe(150);
    expect(timeToX(at(19), scale)).toBe(720);
  });

  it('turns pixels back into the same time', () => {
    expect(xToTime(150, scale)).toBe(at(9, 30));
    for (const x of [0, 13, 487, 719.5]) expect(timeToX(xToTime(x, scale), scale)).toBeCloseTo(x, 6);
  });

  it('snaps to the nearest quarter hour', () => {
    expect(snapTime(at(9, 7), scale)).toBe(at(9));
    expect(snapTime(at(9, 8), scale)).toBe(at(9, 15));
    expect(snapTime(xToTime(158, scale), scale)).toBe(at(9, 45)); // 158 px = 09:38
  });

  it('keeps a start within the hours shown', () => {
    expect(clampStart(at(5), scale)).toBe(at(7));
    expect(clampStart(at(19, 30), scale)).toBe(at(18, 45));
    expect(clampStart(at(12), scale)).toBe(at(12));
  });

  it('sizes a block by its duration, cut to the day and never thinner than a quarter hour', () => {
    expect(dayBox(at(9), at(10, 30), scale)).toEqual({ left: 120, width: 90 });
    expect(dayBox(at(6), at(8), scale)).toEqual({ left: 0, width: 60 });
    expect(dayBox(at(18), at(21), scale)).toEqual({ left: 660, width: 60 });
    expect(dayBox(at(12), at(12, 5), scale).width).toBe(15);
  });

  it('finds the week column of a time and of a pointer', () => {
    const days = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'];
    expect(dayIndexOf(at(0, 0, 23), days)).toBe(0);
    expect(dayIndexOf(at(23, 59, 26), days)).toBe(3);
    expect(dayIndexOf(at(0, 0, 30), days)).toBe(-1);
    expect(dayIndexOf(at(12, 0, 22), days)).toBe(-1);
    expect(weekColumnAt(0, 7)).toBe(0);
    expect(weekColumnAt(311, 7)).toBe(2);
    expect(weekColumnAt(5000, 7)).toBe(6);
    expect(weekColumnAt(-20, 7)).toBe(0);
  });

  it('keeps the time of day on another day, 08:00 without one', () => {
    expect(sameTimeOn('2026-11-28', at(14, 45))).toBe(at(14, 45, 28));
    expect(sameTimeOn('2026-11-28', null)).toBe(at(8, 0, 28));
  });

  it('stacks overlapping jobs in lanes and reuses a lane once it is free', () => {
    const { lanes, count } = assignLanes([
      { id: 'a', start: at(8), end: at(10) },
      { id: 'b', start: at(9), end: at(11) },
      { id: 'c', start: at(10), end: at(12) },
      { id: 'd', start: at(9, 30), end: at(9, 45) },
    ]);
    expect(count).toBe(3);
    expect(lanes.get('a')).toBe(0);
    expect(lanes.get('b')).toBe(1);
    expect(lanes.get('d')).toBe(2);
    expect(lanes.get('c')).toBe(0);
  });
});
