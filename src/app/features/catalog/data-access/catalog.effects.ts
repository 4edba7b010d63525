import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { type Action, Store } from '@ngrx/store';
import { type Observable, catchError, concatMap, exhaustMap, map, of, switchMap, tap, withLatestFrom } from 'rxjs';
import { toApiErrorInfo } from '../../../shared/util/api-error';
import type { CatalogFamily, CatalogImportResult } from '@contract';
import { CatalogApiActions, CatalogPageActions, CatalogRouterActions } from './catalog.actions';
import { CatalogApi } from './catalog-api';
import { catalogErrorMessage } from './catalog-error';
import { catalogFeature } from './catalog.feature';
import { type CatalogQuery, defaultCatalogQuery, queryToParams, sameQuery } from './catalog-query';
import { selectCatalogQueryFromUrl } from './catalog.selectors';
import { apiEffect, callApi } from '../../../shared/data/api-effect';
import { notice, notifyEffect } from '../../../core/notifications/notify-effect';
import { queryFromUrlEffect } from '../../../shared/data/query-from-url-effect';

export const readListQueryFromUrl = queryFromUrlEffect(selectCatalogQueryFromUrl, sameQuery, (query) => CatalogRouterActions.listQueryChanged({ query }));

export const writeListQueryToUrl = createEffect(
  (actions$ = inject(Actions), store = inject(Store), router = inject(Router)) =>
    actions$.pipe(
      ofType(CatalogPageActions.queryChanged),
      withLatestFrom(store.select(catalogFeature.selectQuery)),
      tap(([{ changes }, current]) => {
        const base = current ?? defaultCatalogQuery;
        const next: CatalogQuery = { ...base, ...changes, q: (changes.q ?? base.q).trim() };
        if (!sameQuery(next, current)) void router.navigate(['/catalog'], { queryParams: queryToParams(next) });
      }),
    ),
  { functional: true, dispatch: false },
);

/** Families on opening, on retry, and after writes that change their counts. */
export const loadFamilies = apiEffect(CatalogApi, switchMap, {
  on: [
    CatalogPageActions.opened,
    CatalogPageActions.familiesRetried,
    CatalogApiActions.itemSaved,
    CatalogApiActions.importDone,
    CatalogApiActions.familySaveFailed,
  ],
  call: (api) => api.listFamilies(),
  succeeded: ({ items }) => CatalogApiActions.familiesLoaded({ families: items }),
  failed: (error) => CatalogApiActions.familiesLoadFailed({ error }),
});

type FamilyWrite = ReturnType<
  | typeof CatalogPageActions.familyAdded
  | typeof CatalogPageActions.familyRenamed
  | typeof CatalogPageActions.familyMoved
  | typeof CatalogPageActions.familyDeleteConfirmed
>;

function familyRequest(api: CatalogApi, action: FamilyWrite): Observable<Action> {
  const saved = map((family: CatalogFamily) => CatalogApiActions.familySaved({ family }));
  switch (action.type) {
    case CatalogPageActions.familyAdded.type:
      return api.createFamily(action.name).pipe(saved);
    case CatalogPageActions.familyRenamed.type:
      return api.updateFamily(action.id, action.version, { name: action.name }).pipe(saved);
    case CatalogPageActions.familyMoved.type:
      return api.updateFamily(action.id, action.version, { position: action.position }).pipe(saved);
    default:
      return api.deleteFamily(action.id, action.version).pipe(map(() => CatalogApiActions.familyDeleted({ id: action.id })));
  }
}

/** One write at a time, in the order made (a move right after a rename must carry its new version). */
export const saveFamily = createEffect(
  (actions$ = inject(Actions), api = inject(CatalogApi)) =>
    actions$.pipe(
      ofType(
        CatalogPageActions.familyAdded,
        CatalogPageActions.familyRenamed,
        CatalogPageActions.familyMoved,
        CatalogPageActions.familyDeleteConfirmed,
      ),
      concatMap((action) =>
        familyRequest(api, action).pipe(
          catchError((error: unknown) => of(CatalogApiActions.familySaveFailed({ error: toApiErrorInfo(error) }))),
        ),
      ),
    ),
  { functional: true },
);

/** switchMap: opening another item replaces a load still under way. */
export const loadItem = apiEffect(CatalogApi, switchMap, {
  on: [CatalogPageActions.itemOpened, CatalogPageActions.latestItemRequested],
  call: (api, { id }) => api.getItem(id),
  succeeded: (item) => CatalogApiActions.itemLoaded({ item }),
  failed: (error, { id }) => CatalogApiActions.itemLoadFailed({ id, error }),
});

export const saveItem = createEffect(
  (actions$ = inject(Actions), api = inject(CatalogApi)) =>
    actions$.pipe(
      ofType(CatalogPageActions.itemCreateSubmitted, CatalogPageActions.itemUpdateSubmitted),
      concatMap((action) => {
        const created = action.type === CatalogPageActions.itemCreateSubmitted.type;
        const request = created ? api.createItem(action.input) : api.updateItem(action.id, action.version, action.patch);
        return callApi(
          request,
          (item) => CatalogApiActions.itemSaved({ item, created }),
          (error) => CatalogApiActions.itemSaveFailed({ error }),
        );
      }),
    ),
  { functional: true },
);

export const checkImport = apiEffect(CatalogApi, switchMap, {
  on: [CatalogPageActions.importFileChosen],
  call: (api, { csv }) => api.importCsv(csv, true),
  succeeded: (result) => CatalogApiActions.importChecked({ result }),
  failed: (error) => CatalogApiActions.importFailed({ error, result: null }),
});

/** exhaustMap: a second click on "Import" while one runs must not start another. */
export const runImport = createEffect(
  (actions$ = inject(Actions), api = inject(CatalogApi)) =>
    actions$.pipe(
      ofType(CatalogPageActions.importConfirmed),
      exhaustMap(({ csv }) =>
        api.importCsv(csv, false).pipe(
          map((result) => CatalogApiActions.importDone({ result })),
          catchError((raw: unknown) => {
            const error = toApiErrorInfo(raw);
            const refused = error.code === 'import_rejected' ? (error.details as CatalogImportResult) : null;
            return of(CatalogApiActions.importFailed({ error, result: refused }));
          }),
        ),
      ),
    ),
  { functional: true },
);

export const notifySaved = notifyEffect(
  notice(CatalogApiActions.itemSaved, ({ item }) => ({ key: 'catalog.item.saved', params: { reference: item.reference } })),
  notice(CatalogApiActions.importDone, ({ result }) => ({
    key: 'catalog.import.doneToast',
    params: { created: result.created, updated: result.updated },
  })),
);

/** Family writes have no form: their failures are told in a snackbar (the list is read again). */
export const reportFamilyFailure = notifyEffect(notice(CatalogApiActions.familySaveFailed, ({ error }) => catalogErrorMessage(error)));
