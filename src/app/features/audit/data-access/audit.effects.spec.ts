import { HttpErrorResponse } from '@angular/common/http';
import type { Actions } from '@ngrx/effects';
import type { Action, Store } from '@ngrx/store';
import { type Observable, of, throwError } from 'rxjs';
import type { AuditApi } from './audit-api';
import { AuditApiActions, AuditListPageActions } from './audit.actions';
import { loadAuditPage, loadAuditPeople } from './audit.effects';
import { auditFeature } from './audit.feature';
import { noAuditFilters } from './audit-filters';

function collect(effect: Observable<Action>): Action[] {
  const out: Action[] = [];
  effect.subscribe((a) => out.push(a));
  return out;
}

describe('audit effects', () => {
  const page = { items: [], total: 0, nextCursor: null };
  const fakeStore = (nextCursor: string | null) =>
    ({ select: (selector: unknown) => of(selector === auditFeature.selectNextCursor ? nextCursor : noAuditFilters) }) as unknown as Store;

  it('reads the first page with the filters, and the next one from the cursor', () => {
    const api = { list: jasmine.createSpy().and.returnValue(of(page)) } as unknown as AuditApi;
    expect(collect(loadAuditPage(of(AuditListPageActions.opened()) as Actions, fakeStore('k1'), api))).toEqual([
      AuditApiActions.pageLoaded({ page, append: false }),
    ]);
    expect(api.list).toHaveBeenCalledWith(noAuditFilters, 50, null);
    expect(collect(loadAuditPage(of(AuditListPageActions.moreRequested()) as Actions, fakeStore('k1'), api))).toEqual([
      AuditApiActions.pageLoaded({ page, append: true }),
    ]);
    expect(api.list).toHaveBeenCalledWith(noAuditFilters, 50, 'k1');
  });

  it('asks for no further page when there is none, and reports a failure as data', () => {
    const failing = { list: jasmine.createSpy().and.returnValue(throwError(() => new HttpErrorResponse({ status: 500 }))) } as unknown as AuditApi;
    expect(collect(loadAuditPage(of(AuditListPageActions.moreRequested()) as Actions, fakeStore(null), failing))).toEqual([]);
    const out = collect(loadAuditPage(of(AuditListPageActions.retried()) as Actions, fakeStore(null), failing));
    expect(out[0].type).toBe(AuditApiActions.pageFailed.type);
  });

  it('reads the people to filter by, or offers none', () => {
    const api = { people: jasmine.createSpy().and.returnValue(throwError(() => new Error('down'))) } as unknown as AuditApi;
    expect(collect(loadAuditPeople(of(AuditListPageActions.opened()) as Actions, api))).toEqual([AuditApiActions.peopleLoadFailed()]);
  });
});
