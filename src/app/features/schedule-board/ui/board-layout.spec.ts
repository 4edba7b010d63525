import { boardIso as iso, boardJob as job, jobBoard as board } from '../testing/board-fixtures';
import { layoutBoard } from './board-layout';
import { boardPeriod } from './board-period';

const day = boardPeriod({ date: '2026-11-26', view: 'day' });
const week = boardPeriod({ date: '2026-11-26', view: 'week' });

describe('board layout', () => {
  it('puts a job on its manager row and, read-only, on its auxiliaries', () => {
    const rows = layoutBoard(board([job('1', { auxiliaryIds: ['t-bruno'] })]), day);
    expect(rows.map((r) => r.blocks.map((b) => [b.key, b.auxiliary]))).toEqual([[['1', false]], [['1:t-bruno', true]]]);
    expect(rows[0].blocks[0]).toEqual(jasmine.objectContaining({ left: 120, width: 60, lane: 0 }));
  });

  it('stacks overlapping jobs of a technician in lanes', () => {
    const rows = layoutBoard(board([job('1'), job('2', { plannedStart: iso(9, 30), plannedEnd: iso(11) })]), day);
    expect(rows[0].lanes).toBe(2);
    expect(rows[0].blocks.map((b) => b.lane)).toEqual([0, 1]);
    expect(rows[1].lanes).toBe(1);
  });

  it('shows a move in flight where it was dropped, marked pending', () => {
    const pending = { '1': { technicianId: 't-bruno', plannedStart: iso(14), plannedEnd: iso(15) } };
    const rows = layoutBoard(board([job('1')]), day, pending);
    expect(rows[0].blocks).toEqual([]);
    expect(rows[1].blocks[0]).toEqual(jasmine.objectContaining({ key: '1', pending: true, left: 420 }));
  });

  it('shows a pool job only while it is moved', () => {
    const pooled = job('p', { managerId: null, plannedStart: null, plannedEnd: null, status: 'created' });
    expect(layoutBoard(board([], [pooled]), day).flatMap((r) => r.blocks)).toEqual([]);
    const picked = { jobId: 'p', position: { technicianId: 't-bruno', start: Date.parse(iso(8)) } };
    const rows = layoutBoard(board([], [pooled]), day, {}, picked);
    expect(rows[1].blocks[0]).toEqual(jasmine.objectContaining({ key: 'p', picked: true, left: 60, width: 60 }));
  });

  it('lists a week day by day, one job under the other', () => {
    const rows = layoutBoard(
      board([
        job('1', { plannedStart: iso(14), plannedEnd: iso(15) }),
        job('2'),
        job('3', { plannedStart: iso(9, 0, 28), plannedEnd: iso(10, 0, 28) }),
      ]),
      week,
    );
    expect(rows[0].blocks.map((b) => [b.key, b.left, b.lane])).toEqual([
      ['2', 312, 0],
      ['1', 312, 1],
      ['3', 520, 0],
    ]);
    expect(rows[0].lanes).toBe(2);
  });
});
