import type { DeviceToken, User } from '@contract';
import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { CallState } from '../../../shared/util/call-state';
import { MePageActions, UserListPageActions, UsersApiActions } from './users.actions';
import { emptyUserQuery, type UserQuery } from './user-query';

export interface DeviceTokensState {
  userId: string | null;
  items: DeviceToken[];
  callState: CallState;
}

/** The users of the current filters, page after page (an account has hundreds, not millions). */
export interface UsersState extends EntityState<User> {
  query: UserQuery;
  total: number | null;
  nextCursor: string | null;
  list: CallState;
  save: CallState;
  tokens: DeviceTokensState;
  ownPassword: CallState;
}

const byName = (a: User, b: User) => (a.displayName < b.displayName ? -1 : a.displayName > b.displayName ? 1 : a.id < b.id ? -1 : 1);
export const usersAdapter = createEntityAdapter<User>({ sortComparer: byName });

export const initialUsersState: UsersState = usersAdapter.getInitialState({
  query: emptyUserQuery,
  total: null,
  nextCursor: null,
  list: 'idle',
  save: 'idle',
  tokens: { userId: null, items: [], callState: 'idle' },
  ownPassword: 'idle',
});

export const usersFeature = createFeature({
  name: 'users',
  reducer: createReducer(
    initialUsersState,
    on(UserListPageActions.opened, (state) => ({ ...state, list: 'loading' as const })),
    // The rows found so far stay on screen (under the progress bar) until the new query's first page replaces them:
    // no blank flash while typing, and a row's open menu survives when the row is found again.
    on(UserListPageActions.queryChanged, (state, { query }) => ({ ...state, query, total: null, nextCursor: null, list: 'loading' as const })),
    on(UserListPageActions.moreRequested, (state) => ({ ...state, list: 'loading' as const })),
    on(UsersApiActions.pageLoaded, (state, { items, total, nextCursor, append }) =>
      (append ? usersAdapter.upsertMany : usersAdapter.setAll)(items, { ...state, total, nextCursor, list: 'loaded' as const }),
    ),
    on(UsersApiActions.pageFailed, (state, { error }) => ({ ...state, list: { error } })),
    on(
      UserListPageActions.createSubmitted,
      UserListPageActions.updateSubmitted,
      UserListPageActions.deactivateConfirmed,
      UserListPageActions.reactivateClicked,
      UserListPageActions.resetPasswordConfirmed,
      (state) => ({ ...state, save: 'loading' as const }),
    ),
    on(UsersApiActions.userSaved, UsersApiActions.passwordReset, (state, { user }) => usersAdapter.upsertOne(user, { ...state, save: 'loaded' as const })),
    on(UsersApiActions.userCreated, (state, { user }) =>
      usersAdapter.upsertOne(user, { ...state, total: (state.total ?? 0) + 1, save: 'loaded' as const }),
    ),
    on(UsersApiActions.writeFailed, (state, { error }) => ({ ...state, save: { error } })),
    on(UserListPageActions.tokensOpened, (state, { userId }) => ({ ...state, tokens: { userId, items: [], callState: 'loading' as const } })),
    on(UsersApiActions.tokensLoaded, (state, { userId, items }) =>
      state.tokens.userId === userId ? { ...state, tokens: { userId, items, callState: 'loaded' as const } } : state,
    ),
    on(UsersApiActions.tokensFailed, (state, { error }) => ({ ...state, tokens: { ...state.tokens, callState: { error } } })),
    on(UsersApiActions.tokenRevoked, (state, { userId, tokenId, at }) =>
      state.tokens.userId === userId
        ? { ...state, tokens: { ...state.tokens, items: state.tokens.items.map((t) => (t.id === tokenId ? { ...t, revokedAt: at } : t)) } }
        : state,
    ),
    on(MePageActions.opened, (state) => ({ ...state, ownPassword: 'idle' as const })),
    on(MePageActions.passwordChangeSubmitted, (state) => ({ ...state, ownPassword: 'loading' as const })),
    on(UsersApiActions.ownPasswordChanged, (state) => ({ ...state, ownPassword: 'loaded' as const })),
    on(UsersApiActions.ownPasswordFailed, (state, { error }) => ({ ...state, ownPassword: { error } })),
  ),
  extraSelectors: ({ selectUsersState }) => ({
    selectUsers: createSelector(selectUsersState, usersAdapter.getSelectors().selectAll),
  }),
});

export const { selectUsers, selectQuery, selectTotal, selectNextCursor, selectList, selectSave, selectTokens, selectOwnPassword } = usersFeature;
