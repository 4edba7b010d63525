import type { Actions } from '@ngrx/effects';
import type { } from '@ngrx/store';
import { of, throwError } from 'rxjs';
import type { AuditApi } from './audit-api';
import { AuditApiActions, AuditListPageActions } from './audit.actions';
import { loadAuditPeople } from './audit.effects';
import { collect } from '../../../../testing/effects';

describe('audit effects', () => {
  it('reads the people to filter by when the page opens', () => {
    const people = [{ id: 'u-1', displayName: 'Ada Admin' }];
    const api = { people: jasmine.createSpy().and.returnValue(of({ items: people })) } as unknown as AuditApi;
    expect(collect(loadAuditPeople(of(AuditListPageActions.opened()) as Actions, api))).toEqual([
      AuditApiActions.peopleLoaded({ people } as never),
    ]);
  });

  it('offers nobody to filter by when the people cannot be read', () => {
    const api = { people: jasmine.createSpy().and.returnValue(throwError(() => new Error('down'))) } as unknown as AuditApi;
    expect(collect(loadAuditPeople(of(AuditListPageActions.opened()) as Actions, api))).toEqual([AuditApiActions.peopleLoadFailed()]);
  });
});
