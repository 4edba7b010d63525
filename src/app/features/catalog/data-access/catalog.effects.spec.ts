import { HttpErrorResponse } from '@angular/common/http';
import type { Router } from '@angular/router';
import type { Actions } from '@ngrx/effects';
import type { Action, Store } from '@ngrx/store';
import { Subject, of, throwError } from 'rxjs';
import type { Notifier } from '../../../core/notifications/notifier';
import { CatalogApiActions, CatalogPageActions, CatalogRouterActions } from './catalog.actions';
import type { CatalogApi } from './catalog-api';
import { family, importResult, item } from '../testing/catalog-fixtures';
import { defaultCatalogQuery } from './catalog-query';
import {
  checkImport,
  loadFamilies,
  readListQueryFromUrl,
  reportFamilyFailure,
  runImport,
  saveFamily,
  saveItem,
  writeListQueryToUrl,
} from './catalog.effects';
import { collect } from '../../../../testing/effects';

const httpError = (status: number, code: string, details?: unknown) =>
  new HttpErrorResponse({ status, error: { error: { code, message: code, ...(details ? { details } : {}) } } });

describe('catalog effects', () => {
  it('writes a filter change into the URL, keeping the rest of the query', () => {
    const router = jasmine.createSpyObj<Router>('Router', ['navigate']);
    router.navigate.and.resolveTo(true);
    const store = { select: () => of({ ...defaultCatalogQuery, q: 'van', sort: 'reference' }) } as unknown as Store;
    writeListQueryToUrl(of(CatalogPageActions.queryChanged({ changes: { familyId: 'f-2', active: false } })) as Actions, store, router).subscribe();
    expect(router.navigate).toHaveBeenCalledWith(['/catalog'], {
      queryParams: { q: 'van', familyId: 'f-2', kind: null, active: 'false', sort: 'reference' },
    });
  });

  it('does not navigate when nothing changes', () => {
    const router = jasmine.createSpyObj<Router>('Router', ['navigate']);
    const store = { select: () => of({ ...defaultCatalogQuery, q: 'van' }) } as unknown as Store;
    writeListQueryToUrl(of(CatalogPageActions.queryChanged({ changes: { q: ' van ' } })) as Actions, store, router).subscribe();
    expect(router.navigate).not.toHaveBeenCalled();
  });

  it('reads the query from the URL once per change', () => {
    const q = { ...defaultCatalogQuery, q: 'a' };
    const store = { select: () => of(q, { ...q }, null, { ...q, q: 'b' }) } as unknown as Store;
    expect(collect(readListQueryFromUrl(store))).toEqual([
      CatalogRouterActions.listQueryChanged({ query: q }),
      CatalogRouterActions.listQueryChanged({ query: { ...q, q: 'b' } }),
    ]);
  });

  it('reads the families again after an item is saved (their counts changed)', () => {
    const api = { listFamilies: jasmine.createSpy().and.returnValue(of({ items: [family(1)] })) } as unknown as CatalogApi;
    const out = collect(loadFamilies(of(CatalogApiActions.itemSaved({ item: item(), created: true })) as Actions, api));
    expect(out).toEqual([CatalogApiActions.familiesLoaded({ families: [family(1)] })]);
  });

  it('sends family writes one after the other, with the version, and reports a refusal as data', () => {
    const first = new Subject<ReturnType<typeof family>>();
    const api = {
      updateFamily: jasmine.createSpy().and.returnValues(first, throwError(() => httpError(409, 'family_name_taken'))),
      deleteFamily: jasmine.createSpy(),
    } as unknown as CatalogApi;
    const actions = new Subject<Action>();
    const out = collect(saveFamily(actions as unknown as Actions, api));
    actions.next(CatalogPageActions.familyRenamed({ id: 'f-1', version: 2, name: 'Pumps' }));
    actions.next(CatalogPageActions.familyMoved({ id: 'f-1', version: 3, position: 0 }));
    expect(api.updateFamily).toHaveBeenCalledTimes(1);
    expect(api.updateFamily).toHaveBeenCalledWith('f-1', 2, { name: 'Pumps' });
    first.next(family(1, { version: 3 }));
    first.complete();
    expect(api.updateFamily).toHaveBeenCalledWith('f-1', 3, { position: 0 });
    expect(out).toEqual([
      CatalogApiActions.familySaved({ family: family(1, { version: 3 }) }),
      CatalogApiActions.familySaveFailed({ error: { status: 409, code: 'family_name_taken', message: 'family_name_taken' } }),
    ]);
  });

  it('tells a refused family write in the catalog’s own words', () => {
    const notifier = jasmine.createSpyObj<Notifier>('Notifier', ['info', 'error']);
    const error = { status: 409, code: 'family_not_empty', message: 'x' };
    reportFamilyFailure(of(CatalogApiActions.familySaveFailed({ error })) as Actions, notifier).subscribe();
    expect(notifier.info).toHaveBeenCalledWith('catalog.errors.family_not_empty', {});
  });

  it('updates an item with its version; a 412 comes back as plain data', () => {
    const api = { updateItem: jasmine.createSpy().and.returnValue(throwError(() => httpError(412, 'version_mismatch'))) } as unknown as CatalogApi;
    const out = collect(saveItem(of(CatalogPageActions.itemUpdateSubmitted({ id: 'i-1', version: 3, patch: { name: 'x' } })) as Actions, api));
    expect(api.updateItem).toHaveBeenCalledWith('i-1', 3, { name: 'x' });
    expect(out).toEqual([CatalogApiActions.itemSaveFailed({ error: { status: 412, code: 'version_mismatch', message: 'version_mismatch' } })]);
  });

  it('checks a chosen file with a dry run', () => {
    const api = { importCsv: jasmine.createSpy().and.returnValue(of(importResult())) } as unknown as CatalogApi;
    const out = collect(checkImport(of(CatalogPageActions.importFileChosen({ fileName: 'a.csv', csv: 'text' })) as Actions, api));
    expect(api.importCsv).toHaveBeenCalledWith('text', true);
    expect(out).toEqual([CatalogApiActions.importChecked({ result: importResult() })]);
  });

  it('imports for real; a refusal (422) brings the lines back to show them', () => {
    const refused = importResult({ valid: false, dryRun: false });
    const api = { importCsv: jasmine.createSpy().and.returnValue(throwError(() => httpError(422, 'import_rejected', refused))) } as unknown as CatalogApi;
    const [action] = collect(runImport(of(CatalogPageActions.importConfirmed({ csv: 'text' })) as Actions, api));
    expect(api.importCsv).toHaveBeenCalledWith('text', false);
    expect(action).toEqual(
      CatalogApiActions.importFailed({
        error: { status: 422, code: 'import_rejected', message: 'import_rejected', details: refused },
        result: refused,
      }),
    );
  });

  it('ignores a second "Import" while one runs', () => {
    const running = new Subject<ReturnType<typeof importResult>>();
    const api = { importCsv: jasmine.createSpy().and.returnValue(running) } as unknown as CatalogApi;
    const actions = new Subject<Action>();
    collect(runImport(actions as unknown as Actions, api));
    actions.next(CatalogPageActions.importConfirmed({ csv: 'a' }));
    actions.next(CatalogPageActions.importConfirmed({ csv: 'a' }));
    expect(api.importCsv).toHaveBeenCalledTimes(1);
  });
});
