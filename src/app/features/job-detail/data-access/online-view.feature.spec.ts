import type { OnlineView } from '@contract';
import { OnlineViewApiActions, OnlineViewCardActions } from './online-view.actions';
import { initialOnlineViewState, onlineViewFeature } from './online-view.feature';

const view = (url: string): OnlineView => ({ url, state: 'active', expiresAt: null, lastOpenedAt: null, revokedAt: null });
const reducer = onlineViewFeature.reducer;

describe('online view slice', () => {
  it('keeps the link of the job on screen and forgets it when another job is shown', () => {
    let state = reducer(initialOnlineViewState, OnlineViewCardActions.shown({ jobId: 'a' }));
    state = reducer(state, OnlineViewApiActions.loaded({ jobId: 'a', view: view('http://x/view/a/1') }));
    expect(state.view?.url).toBe('http://x/view/a/1');
    expect(reducer(state, OnlineViewCardActions.shown({ jobId: 'a' })).view?.url).toBe('http://x/view/a/1');
    expect(reducer(state, OnlineViewCardActions.shown({ jobId: 'b' })).view).toBeNull();
  });

  it("ignores an answer for a job no longer on screen (a slow load never shows another job's link)", () => {
    const state = reducer(initialOnlineViewState, OnlineViewCardActions.shown({ jobId: 'b' }));
    expect(reducer(state, OnlineViewApiActions.loaded({ jobId: 'a', view: view('http://x/view/a/1') })).view).toBeNull();
  });

  it('a revoke or reissue replaces the link and reports its state', () => {
    let state = reducer(initialOnlineViewState, OnlineViewCardActions.shown({ jobId: 'a' }));
    state = reducer(state, OnlineViewCardActions.commandConfirmed({ jobId: 'a', command: 'reissue' }));
    expect(state.command).toEqual({ name: 'reissue', callState: 'loading' });
    state = reducer(state, OnlineViewApiActions.commandSucceeded({ jobId: 'a', command: 'reissue', view: view('http://x/view/a/2') }));
    expect(state.view?.url).toBe('http://x/view/a/2');
    expect(state.command.callState).toBe('loaded');
    const error = { status: 403, code: 'forbidden', message: 'No' };
    state = reducer(state, OnlineViewApiActions.commandFailed({ jobId: 'a', command: 'revoke', error }));
    expect(state.command.callState).toEqual({ error });
    expect(state.view?.url).toBe('http://x/view/a/2');
  });
});
