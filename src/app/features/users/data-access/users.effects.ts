import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, concatMap, exhaustMap, filter, map, of, switchMap, withLatestFrom } from 'rxjs';
import { toApiErrorInfo } from '../../../shared/util/api-error';
import { MePageActions, UserListPageActions, UsersApiActions } from './users.actions';
import { selectNextCursor, selectQuery } from './users.feature';
import { userErrorMessage } from './user-error';
import { UsersApi } from './users-api';
import { PAGE_SIZE } from './user-query';
import { apiEffect, callApi } from '../../../shared/data/api-effect';
import { notice, notifyEffect } from '../../../core/notifications/notify-effect';

export const loadFirstPage = createEffect(
  (actions$ = inject(Actions), api = inject(UsersApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(UserListPageActions.opened, UserListPageActions.queryChanged),
      withLatestFrom(store.select(selectQuery)),
      switchMap(([, query]) =>
        callApi(
          api.list(query, PAGE_SIZE),
          (page) => UsersApiActions.pageLoaded({ ...page, append: false }),
          (error) => UsersApiActions.pageFailed({ error }),
        ),
      ),
    ),
  { functional: true },
);

export const loadMore = createEffect(
  (actions$ = inject(Actions), api = inject(UsersApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(UserListPageActions.moreRequested),
      withLatestFrom(store.select(selectQuery), store.select(selectNextCursor)),
      filter(([, , cursor]) => cursor !== null),
      exhaustMap(([, query, cursor]) =>
        callApi(
          api.list(query, PAGE_SIZE, cursor),
          (page) => UsersApiActions.pageLoaded({ ...page, append: true }),
          (error) => UsersApiActions.pageFailed({ error }),
        ),
      ),
    ),
  { functional: true },
);

const failed = (error: unknown) => of(UsersApiActions.writeFailed({ error: toApiErrorInfo(error) }));

export const writeUsers = createEffect(
  (actions$ = inject(Actions), api = inject(UsersApi)) =>
    actions$.pipe(
      ofType(
        UserListPageActions.createSubmitted,
        UserListPageActions.updateSubmitted,
        UserListPageActions.deactivateConfirmed,
        UserListPageActions.reactivateClicked,
        UserListPageActions.resetPasswordConfirmed,
      ),
      concatMap((action) => {
        switch (action.type) {
          case UserListPageActions.createSubmitted.type:
            return api.create(action.input).pipe(map((r) => UsersApiActions.userCreated(r)), catchError(failed));
          case UserListPageActions.updateSubmitted.type:
            return api.update(action.id, action.version, action.patch).pipe(map((user) => UsersApiActions.userSaved({ user })), catchError(failed));
          case UserListPageActions.deactivateConfirmed.type:
            return api.deactivate(action.id).pipe(map((user) => UsersApiActions.userSaved({ user })), catchError(failed));
          case UserListPageActions.reactivateClicked.type:
            return api.reactivate(action.id).pipe(map((user) => UsersApiActions.userSaved({ user })), catchError(failed));
          default:
            return api.resetPassword(action.id).pipe(map((r) => UsersApiActions.passwordReset(r)), catchError(failed));
        }
      }),
    ),
  { functional: true },
);

export const loadTokens = apiEffect(UsersApi, switchMap, {
  on: [UserListPageActions.tokensOpened],
  call: (api, { userId }) => api.deviceTokens(userId),
  succeeded: ({ items }, { userId }) => UsersApiActions.tokensLoaded({ userId, items }),
  failed: (error) => UsersApiActions.tokensFailed({ error }),
});

export const revokeToken = apiEffect(UsersApi, concatMap, {
  on: [UserListPageActions.tokenRevokeConfirmed],
  call: (api, { userId, tokenId }) => api.revokeToken(userId, tokenId),
  succeeded: (_, { userId, tokenId }) => UsersApiActions.tokenRevoked({ userId, tokenId, at: new Date().toISOString() }),
  failed: (error) => UsersApiActions.tokensFailed({ error }),
});

export const changeOwnPassword = apiEffect(UsersApi, exhaustMap, {
  on: [MePageActions.passwordChangeSubmitted],
  call: (api, { currentPassword, newPassword }) => api.changeOwnPassword(currentPassword, newPassword),
  succeeded: () => UsersApiActions.ownPasswordChanged(),
  failed: (error) => UsersApiActions.ownPasswordFailed({ error }),
});

export const notifyWrites = notifyEffect(
  notice(UsersApiActions.userSaved, 'users.saved'),
  notice(UsersApiActions.ownPasswordChanged, 'users.me.passwordChanged'),
  notice(UsersApiActions.writeFailed, ({ error }) => userErrorMessage(error)),
  notice(UsersApiActions.tokensFailed, ({ error }) => userErrorMessage(error)),
);
