import type { SerialUnit } from '@contract';
import { createActionGroup, createFeature, createReducer, on, props } from '@ngrx/store';
import { ApiInterceptorActions, AuthApiActions } from '../../auth/auth.actions';

/** The toolbar's serial box: what was typed, and the units whose serial starts with it. */
export const SerialSearchActions = createActionGroup({
  source: 'Serial Search',
  events: {
    typed: props<{ text: string }>(),
    suggestionsLoaded: props<{ text: string; units: SerialUnit[] }>(),
  },
});

export interface SerialSearchState {
  text: string;
  suggestions: SerialUnit[];
}

const initialState: SerialSearchState = { text: '', suggestions: [] };

export const serialSearchFeature = createFeature({
  name: 'serialSearch',
  reducer: createReducer(
    initialState,
    // What was typed now wins: suggestions of a previous text are dropped.
    on(SerialSearchActions.typed, (state, { text }): SerialSearchState => (text === state.text ? state : { text, suggestions: [] })),
    on(SerialSearchActions.suggestionsLoaded, (state, { text, units }): SerialSearchState => (text === state.text ? { ...state, suggestions: units } : state)),
    on(AuthApiActions.signedOut, ApiInterceptorActions.sessionExpired, (): SerialSearchState => initialState),
  ),
});
