import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, exhaustMap, filter, map, of, switchMap, withLatestFrom } from 'rxjs';
import { toApiErrorInfo } from '../../../shared/util/api-error';
import { AuditApi } from './audit-api';
import { AuditApiActions, AuditListPageActions } from './audit.actions';
import { auditFeature } from './audit.feature';

const PAGE = 50;

/** A new filter (or a retry) reads the first page again; "more" reads on from the last cursor. */
export const loadAuditPage = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(AuditApi)) =>
    actions$.pipe(
      ofType(
        AuditListPageActions.opened,
        AuditListPageActions.filtersChanged,
        AuditListPageActions.filtersCleared,
        AuditListPageActions.retried,
        AuditListPageActions.moreRequested,
      ),
      withLatestFrom(store.select(auditFeature.selectFilters), store.select(auditFeature.selectNextCursor)),
      map(([action, filters, nextCursor]) => {
        const append = action.type === AuditListPageActions.moreRequested.type;
        return { filters, append, cursor: append ? nextCursor : null };
      }),
      filter(({ cursor, append }) => !append || cursor !== null),
      switchMap(({ filters, cursor, append }) =>
        api.list(filters, PAGE, cursor).pipe(
          map((page) => AuditApiActions.pageLoaded({ page, append })),
          catchError((error: unknown) => of(AuditApiActions.pageFailed({ error: toApiErrorInfo(error) }))),
        ),
      ),
    ),
  { functional: true },
);

export const loadAuditPeople = createEffect(
  (actions$ = inject(Actions), api = inject(AuditApi)) =>
    actions$.pipe(
      ofType(AuditListPageActions.opened),
      exhaustMap(() =>
        api.people().pipe(
          map((page) => AuditApiActions.peopleLoaded({ people: page.items })),
          catchError(() => of(AuditApiActions.peopleLoadFailed())),
        ),
      ),
    ),
  { functional: true },
);
