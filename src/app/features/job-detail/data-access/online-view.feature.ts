import type { OnlineView } from '@contract';
import { createFeature, createReducer, on } from '@ngrx/store';
import type { CallState } from '../../../shared/util/call-state';
import { OnlineViewApiActions, OnlineViewCardActions, type OnlineViewCommand } from './online-view.actions';

/** The online-view link of the job on screen. */
export interface OnlineViewSliceState {
  jobId: string | null;
  view: OnlineView | null;
  load: CallState;
  command: { name: OnlineViewCommand | null; callState: CallState };
}

export const initialOnlineViewState: OnlineViewSliceState = { jobId: null, view: null, load: 'idle', command: { name: null, callState: 'idle' } };

export const onlineViewFeature = createFeature({
  name: 'jobOnlineView',
  reducer: createReducer(
    initialOnlineViewState,
    on(OnlineViewCardActions.shown, (state, { jobId }) => ({
      ...state,
      jobId,
      // Another job: never show the previous job's link under this one.
      view: state.jobId === jobId ? state.view : null,
      load: 'loading' as const,
      command: { name: null, callState: 'idle' as const },
    })),
    on(OnlineViewApiActions.loaded, (state, { jobId, view }) => (jobId === state.jobId ? { ...state, view, load: 'loaded' as const } : state)),
    on(OnlineViewApiActions.loadFailed, (state, { jobId, error }) => (jobId === state.jobId ? { ...state, load: { error } } : state)),
    on(OnlineViewCardActions.commandConfirmed, (state, { command }) => ({ ...state, command: { name: command, callState: 'loading' as const } })),
    on(OnlineViewApiActions.commandSucceeded, (state, { jobId, command, view }) =>
      jobId === state.jobId ? { ...state, view, command: { name: command, callState: 'loaded' as const } } : state,
    ),
    on(OnlineViewApiActions.commandFailed, (state, { jobId, command, error }) =>
      jobId === state.jobId ? { ...state, command: { name: command, callState: { error } } } : state,
    ),
  ),
});
