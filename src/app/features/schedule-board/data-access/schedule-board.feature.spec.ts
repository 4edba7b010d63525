import type { BoardJob, JobDetail } from '@contract';
import { ScheduleBoardApiActions, ScheduleBoardPageActions } from './schedule-board.actions';
import { initialScheduleBoardState, scheduleBoardFeature, selectShownJobIds } from './schedule-board.feature';
import { boardJob, jobBoard } from '../testing/board-fixtures';

const query = { from: '2026-11-25T23:00:00.000Z', to: '2026-11-26T23:00:00.000Z' };
const job = boardJob('j-1', { number: 'J-000101', version: 4 });
const pooled: BoardJob = { ...job, id: 'j-2', number: 'J-000102', status: 'created', managerId: null, plannedStart: null, plannedEnd: null };
const board = { ...jobBoard([job], [pooled]), poolTotal: 7 };
const body = { plannedStart: '2026-11-26T12:00:00.000Z', plannedEnd: '2026-11-26T13:00:00.000Z', managerId: 't-bruno', auxiliaryIds: [] };

function detailOf(overrides: Partial<JobDetail>): JobDetail {
  return {
    id: pooled.id,
    number: pooled.number,
    status: 'scheduled',
    customer: { id: 'c-1', code: 'C1', name: 'Boulangerie Martin' },
    site: { city: 'Lyon' },
    plannedStart: body.plannedStart,
    plannedEnd: body.plannedEnd,
    technicians: [{ userId: 't-bruno', name: 'Bruno', role: 'manager' }],
    version: 5,
    ...overrides,
  } as JobDetail;
}

describe('schedule board state', () => {
  const reducer = scheduleBoardFeature.reducer;
  const loaded = reducer(
    reducer(initialScheduleBoardState, ScheduleBoardPageActions.opened({ query })),
    ScheduleBoardApiActions.boardLoaded({ query, board }),
  );

  it('loads the period asked for and ignores an answer for another period', () => {
    expect(loaded.callState).toBe('loaded');
    expect(loaded.board).toEqual(board);
    const next = reducer(loaded, ScheduleBoardPageActions.periodChanged({ query: { ...query, from: '2026-11-26T23:00:00.000Z' } }));
    expect(next.board).toBeNull();
    expect(reducer(next, ScheduleBoardApiActions.boardLoaded({ query, board })).board).toBeNull();
  });

  it('keeps the board shown when a refresh fails; shows the error of a first load', () => {
    const error = { status: 503, code: 'database_unavailable', message: 'down' };
    expect(reducer(loaded, ScheduleBoardApiActions.boardLoadFailed({ query, error })).board).toEqual(board);
    const first = reducer(initialScheduleBoardState, ScheduleBoardPageActions.opened({ query }));
    expect(reducer(first, ScheduleBoardApiActions.boardLoadFailed({ query, error })).callState).toEqual({ error });
  });

  it('shows a move as pending, then puts the block back when the server refuses it', () => {
    const moving = reducer(loaded, ScheduleBoardPageActions.jobMoved({ job, body }));
    expect(moving.pending).toEqual({ 'j-1': { technicianId: 't-bruno', plannedStart: body.plannedStart, plannedEnd: body.plannedEnd } });
    const error = { status: 412, code: 'version_mismatch', message: 'stale' };
    const refused = reducer(moving, ScheduleBoardApiActions.moveRefused({ jobId: 'j-1', number: 'J-000101', error }));
    expect(refused.pending).toEqual({});
    expect(refused.board).toEqual(board);
  });

  it('takes an accepted pool job out of the pool with its new version', () => {
    const moving = reducer(loaded, ScheduleBoardPageActions.jobMoved({ job: pooled, body }));
    const done = reducer(moving, ScheduleBoardApiActions.moveSucceeded({ jobId: 'j-2', job: detailOf({}) }));
    expect(done.pending).toEqual({});
    expect(done.board!.pool).toEqual([]);
    expect(done.board!.poolTotal).toBe(6);
    expect(done.board!.jobs.find((j) => j.id === 'j-2')).toEqual(
      jasmine.objectContaining({ managerId: 't-bruno', version: 5, status: 'scheduled', plannedStart: body.plannedStart }),
    );
  });

  it('knows which jobs it shows, to follow their live events', () => {
    expect([...selectShownJobIds.projector(board)]).toEqual(['j-1', 'j-2']);
  });
});
