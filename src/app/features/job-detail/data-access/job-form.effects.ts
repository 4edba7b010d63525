import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { asyncScheduler, catchError, concat, concatMap, from, map, of, switchMap, tap } from 'rxjs';
import { Notifier } from '../../../core/notifications/notifier';
import { JobDetailApi } from './job-detail-api';
import { JobDetailApiActions, JobFormPageActions } from './job-detail.actions';
import { JobDocumentFiles } from './job-document-files';
import { JobLookupsApi } from './job-lookups-api';
import { callApi } from '../../../shared/data/api-effect';
import { pausedTyping } from '../../../shared/util/paused-typing';

export const searchFormCustomers = createEffect(
  (actions$ = inject(Actions), lookups = inject(JobLookupsApi), scheduler = asyncScheduler) =>
    actions$.pipe(
      ofType(JobFormPageActions.customerTyped),
      map(({ q }) => q),
      pausedTyping(scheduler),
      switchMap((q) =>
        q
          ? concat(
              of(JobDetailApiActions.customerSearchStarted()),
              lookups.searchCustomers(q).pipe(
                catchError(() => of([])),
                map((customers) => JobDetailApiActions.customersFound({ customers })),
              ),
            )
          : of(JobDetailApiActions.customersFound({ customers: [] })),
      ),
    ),
  { functional: true },
);

export const loadFormCustomer = createEffect(
  (actions$ = inject(Actions), lookups = inject(JobLookupsApi)) =>
    actions$.pipe(
      ofType(JobFormPageActions.customerChosen),
      switchMap(({ id, propose }) =>
        callApi(
          lookups.customer(id),
          (customer) => JobDetailApiActions.formCustomerLoaded({ customer, propose }),
          (error) => JobDetailApiActions.formCustomerLoadFailed({ id, error }),
        ),
      ),
    ),
  { functional: true },
);

export const reportFormCustomerUnavailable = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) =>
    actions$.pipe(
      ofType(JobDetailApiActions.formCustomerLoadFailed),
      tap(() => notifier.info('jobDetail.form.customerUnavailable')),
    ),
  { functional: true, dispatch: false },
);

/** A warning only: a failed check shows no overlap rather than an error. */
export const checkOverlaps = createEffect(
  (actions$ = inject(Actions), lookups = inject(JobLookupsApi)) =>
    actions$.pipe(
      ofType(JobFormPageActions.scheduleChanged),
      switchMap(({ query }) =>
        (query
          ? lookups.overlaps(query.technicianIds, query.start, query.end, query.excludeJobId ?? undefined).pipe(catchError(() => of([])))
          : of([])
        ).pipe(map((overlaps) => JobDetailApiActions.overlapsFound({ overlaps }))),
      ),
    ),
  { functional: true },
);

/** One document after the other; a failed one is named at the end, the others still go up. */
export const uploadDocuments = createEffect(
  (actions$ = inject(Actions), api = inject(JobDetailApi), files = inject(JobDocumentFiles)) =>
    actions$.pipe(
      ofType(JobFormPageActions.documentsSubmitted),
      concatMap(({ jobId, documents }) =>
        from(documents).pipe(
          concatMap(({ key, name }) => {
            const file = files.take(key);
            if (!file) return of(JobDetailApiActions.documentUploadFailed({ key, name }));
            return api.uploadDocument(jobId, file).pipe(
              map(() => JobDetailApiActions.documentUploaded({ key })),
              catchError(() => of(JobDetailApiActions.documentUploadFailed({ key, name }))),
            );
          }),
        ),
      ),
    ),
  { functional: true },
);

