import { boardPeriod, readBoardParams, shiftBoard, weekStart } from './board-period';

describe('board period', () => {
  it('reads the URL, falling back to today in day view', () => {
    expect(readBoardParams('2026-11-24', 'week', '2026-11-26')).toEqual({ date: '2026-11-24', view: 'week' });
    expect(readBoardParams(undefined, undefined, '2026-11-26')).toEqual({ date: '2026-11-26', view: 'day' });
    expect(readBoardParams('2026-02-30', 'month', '2026-11-26')).toEqual({ date: '2026-11-26', view: 'day' });
    expect(readBoardParams('yesterday', 'day', '2026-11-26').date).toBe('2026-11-26');
  });

  it('asks the server for the local day, midnight to midnight', () => {
    const period = boardPeriod({ date: '2026-11-26', view: 'day' });
    expect(period.days).toEqual(['2026-11-26']);
    expect(period.from).toBe(new Date(2026, 10, 26).toISOString());
    expect(period.to).toBe(new Date(2026, 10, 27).toISOString());
  });

  it('shows the week from Monday to Sunday around the date', () => {
    expect(weekStart('2026-11-26')).toBe('2026-11-23');
    expect(weekStart('2026-11-29')).toBe('2026-11-23');
    expect(weekStart('2026-11-30')).toBe('2026-11-30');
    const period = boardPeriod({ date: '2026-11-26', view: 'week' });
    expect(period.days).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    expect(period.from).toBe(new Date(2026, 10, 23).toISOString());
    expect(period.to).toBe(new Date(2026, 10, 30).toISOString());
  });

  it('goes back and forth by a day or a week, across months', () => {
    expect(shiftBoard({ date: '2026-11-30', view: 'day' }, 1)).toEqual({ date: '2026-12-01', view: 'day' });
    expect(shiftBoard({ date: '2026-12-03', view: 'week' }, -1)).toEqual({ date: '2026-11-26', view: 'week' });
  });
});
