import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, map, of } from 'rxjs';
import { AuditApi } from './audit-api';
import { AuditApiActions, AuditListPageActions } from './audit.actions';

/** The people the trail can be filtered by, read when the page opens. */
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
