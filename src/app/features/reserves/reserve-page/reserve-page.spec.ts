import type { ComponentFixture } from '@angular/core/testing';
import type { Role } from '@contract';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import type { MockStore } from '@ngrx/store/testing';
import { Subject } from 'rxjs';
import en from '../../../../../public/i18n/en.json';
import reservesEn from '../../../../../public/i18n/reserves/en.json';
import { openPage } from '../../../../testing/page-testing';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { selectRole } from '../../../core/auth/auth.feature';
import {
  ReservePageActions,
  ReservesApiActions,
  type ReservesState,
  initialReservesState,
  selectSupervisorOptions,
  selectTechnicianOptions,
} from '../data-access';
import { reserveDetail, reserveEvent } from '../testing/reserve-fixtures';
import { ReservePage } from './reserve-page';

describe('ReservePage', () => {
  let fixture: ComponentFixture<ReservePage>;
  let store: MockStore;
  let actions$: Subject<Action>;
  let element: HTMLElement;

  const shown = (state: Partial<ReservesState>) => store.setState({ reserves: { ...initialReservesState, ...state } });

  async function open(role: Role) {
    actions$ = new Subject<Action>();
    ({ fixture, store, element } = await openPage(ReservePage, {
      imports: [translocoTesting({ langs: { en: { ...en, reserves: reservesEn } } })],
      initialState: { reserves: initialReservesState },
      providers: [provideMockActions(actions$)],
      arrange: (s) => {
        s.overrideSelector(selectRole, role);
        s.overrideSelector(selectTechnicianOptions, []);
        s.overrideSelector(selectSupervisorOptions, [{ id: 'u-1', name: 'Sam Super' }]);
      },
      inputs: { id: 'r-1' },
    }));
    shown({
      reserve: reserveDetail({
        version: 2,
        events: [reserveEvent(), reserveEvent({ id: 'ev-2', type: 'commented', comment: 'Customer called', actorName: 'Sam Super' })],
      }),
    });
    await fixture.whenStable();
  }

  const button = (name: string) => [...element.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;
  const statusComment = () => element.querySelector<HTMLTextAreaElement>('form[aria-labelledby="status-form-title"] textarea')!;
  const page = () => fixture.componentInstance as unknown as { statusForm: { setValue(v: unknown): void } };
  const submitted = () => (store.dispatch as jasmine.Spy).calls.allArgs().map(([a]) => a as Action).filter((a) => a.type === ReservePageActions.changeSubmitted.type);

  afterEach(() => store.resetSelectors());

  it('reads the reserve named in the URL, and shows the field, the answer, the job and the history', async () => {
    await open('supervisor');
    expect(store.dispatch).toHaveBeenCalledWith(ReservePageActions.opened({ id: 'r-1' }));
    expect(element.querySelector('h1')?.textContent).toContain('Reserve on Boiler › Pressure');
    expect(element.textContent).toContain('Pressure too low');
    expect(element.querySelector('a[href="/jobs/J-000123"]')).not.toBeNull();
    expect(element.textContent).toContain('Sam Super commented');
    expect(element.textContent).toContain('Customer called');
  });

  it('asks for a comment before changing the status', async () => {
    await open('supervisor');
    page().statusForm.setValue({ status: 'resolved', comment: '' });
    button('Change status').click();
    await fixture.whenStable();
    expect(element.textContent).toContain('A comment is required when the status changes.');
    expect(submitted()).toEqual([]);
  });

  it('sends the status change, and clears the form once it is saved', async () => {
    await open('supervisor');
    page().statusForm.setValue({ status: 'resolved', comment: 'Valve replaced' });
    button('Change status').click();
    expect(submitted()).toEqual([ReservePageActions.changeSubmitted({ change: 'status', patch: { status: 'resolved', comment: 'Valve replaced' } })]);
    actions$.next(ReservesApiActions.changeSaved({ change: 'status', reserve: reserveDetail({ version: 3, status: 'resolved' }) }));
    await fixture.whenStable();
    expect(statusComment().value).toBe('');
  });

  it('on 412 says someone else changed it, shows the new state and keeps the typed comment', async () => {
    await open('supervisor');
    page().statusForm.setValue({ status: 'resolved', comment: 'Valve replaced' });
    button('Change status').click();
    shown({ reserve: reserveDetail({ version: 3, status: 'compliant' }), conflict: true });
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Someone else changed this reserve');
    expect(element.querySelector('fd-status-chip')?.textContent).toContain('Compliant');
    expect(statusComment().value).toBe('Valve replaced');
  });

  it('hides the triage actions from dispatchers', async () => {
    await open('dispatcher');
    expect(button('Change status')).toBeUndefined();
    expect(element.textContent).toContain('Only supervisors and administrators triage reserves.');
  });
});
