import { lastRowAfter, totalKeeper, windowParams } from './offset-keyset-datasource';

describe('windowParams', () => {
  it('asks for a block after a known cursor, else at an offset (a scrollbar jump), else from the start', () => {
    expect(windowParams({ limit: 100, cursor: 'abc', offset: 300 })).toEqual({ limit: 100, cursor: 'abc' });
    expect(windowParams({ limit: 100, offset: 300 })).toEqual({ limit: 100, offset: 300 });
    expect(windowParams({ limit: 100, offset: 0 })).toEqual({ limit: 100 });
  });
});

describe('totals kept across blocks', () => {
  const block = (total: number | null, nextCursor: string | null, totalIsEstimate = false) => ({ items: [1, 2, 3], total, totalIsEstimate, nextCursor });

  it('keeps the first block’s total (and whether it is an estimate) for the blocks that bring none', () => {
    const keep = totalKeeper();
    expect(keep(block(700_000, 'k', true), 0)).toEqual({ count: 700_000, estimate: true });
    expect(keep(block(null, 'k'), 350_000)).toEqual({ count: 700_000, estimate: true });
    expect(keep(block(12, 'k'), 0)).toEqual({ count: 12, estimate: false });
  });

  it('ends the grid where the list ends, and runs on past the total while rows go on', () => {
    const total = { count: 1000, estimate: true };
    expect(lastRowAfter(block(null, 'k'), 500, 600, total)).toBe(1000);
    expect(lastRowAfter(block(null, 'k'), 1000, 1100, total)).toBe(1101);
    expect(lastRowAfter(block(null, null), 900, 1000, total)).toBe(903);
  });
});
