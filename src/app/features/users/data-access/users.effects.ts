import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, concatMap, exhaustMap, filter, map, of, switchMap, tap, withLatestFrom } from 'rxjs';
import { Notifier } from '../../../core/notifications/notifier';
import { toApiErrorInfo } from '../../../shared/util/api-error';
import { MePageActions, UserListPageActions, UsersApiActions } from './users.actions';
import { selectNextCursor, selectQuery } from './users.feature';
import { userErrorMessage } from './user-error';
import { UsersApi } from './users-api';
import { PAGE_SIZE } from './user-query';

export const loadFirstPage = createEffect(
  (actions$ = inject(Actions), api = inject(UsersApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(UserListPageActions.opened, UserListPageActions.queryChanged),
      withLatestFrom(store.select(selectQuery)),
      switchMap(([, query]) =>
        api.list(query, PAGE_SIZE).pipe(
          map((page) => UsersApiActions.pageLoaded({ ...page, append: false })),
          catchError((error: unknown) => of(UsersApiActions.pageFailed({ error: toApiErrorInfo(error) }))),
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
        api.list(query, PAGE_SIZE, cursor).pipe(
          map((page) => UsersApiActions.pageLoaded({ ...page, append: true })),
          catchError((error: unknown) => of(UsersApiActions.pageFailed({ error: toApiErrorInfo(error) }))),
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

export const loadTokens = createEffect(
  (actions$ = inject(Actions), api = inject(UsersApi)) =>
    actions$.pipe(
      ofType(UserListPageActions.tokensOpened),
      switchMap(({ userId }) =>
        api.deviceTokens(userId).pipe(
          map(({ items }) => UsersApiActions.tokensLoaded({ userId, items })),
          catchError((error: unknown) => of(UsersApiActions.tokensFailed({ error: toApiErrorInfo(error) }))),
        ),
      ),
    ),
  { functional: true },
);

export const revokeToken = createEffect(
  (actions$ = inject(Actions), api = inject(UsersApi)) =>
    actions$.pipe(
      ofType(UserListPageActions.tokenRevokeConfirmed),
      concatMap(({ userId, tokenId }) =>
        api.revokeToken(userId, tokenId).pipe(
          map(() => UsersApiActions.tokenRevoked({ userId, tokenId, at: new Date().toISOString() })),
          catchError((error: unknown) => of(UsersApiActions.tokensFailed({ error: toApiErrorInfo(error) }))),
        ),
      ),
    ),
  { functional: true },
);

export const changeOwnPassword = createEffect(
  (actions$ = inject(Actions), api = inject(UsersApi)) =>
    actions$.pipe(
      ofType(MePageActions.passwordChangeSubmitted),
      exhaustMap(({ currentPassword, newPassword }) =>
        api.changeOwnPassword(currentPassword, newPassword).pipe(
          map(() => UsersApiActions.ownPasswordChanged()),
          catchError((error: unknown) => of(UsersApiActions.ownPasswordFailed({ error: toApiErrorInfo(error) }))),
        ),
      ),
    ),
  { functional: true },
);

export const notifyWrites = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) =>
    actions$.pipe(
      ofType(UsersApiActions.userSaved, UsersApiActions.writeFailed, UsersApiActions.tokensFailed, UsersApiActions.ownPasswordChanged),
      tap((action) => {
        if (action.type === UsersApiActions.userSaved.type) notifier.info('users.saved');
        else if (action.type === UsersApiActions.ownPasswordChanged.type) notifier.info('users.me.passwordChanged');
        else {
          const { key, params } = userErrorMessage(action.error);
          notifier.info(key, params);
        }
      }),
    ),
  { functional: true, dispatch: false },
);
