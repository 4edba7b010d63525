import type { CustomerSummary, SessionUser } from '@contract';
import type { Actions } from '@ngrx/effects';
import type { Action } from '@ngrx/store';
import { Subject, VirtualTimeScheduler, of, throwError } from 'rxjs';
import { ReserveListPageActions, ReservePageActions, ReservesApiActions } from './reserves.actions';
import { initialReservesState, reservesFeature } from './reserves.feature';
import { loadPeopleOptions, searchCustomerOptions } from './reserve-pickers.effects';
import { selectCustomerNames, selectCustomerOptions, selectSupervisorOptions, selectTechnicianOptions } from './reserve-pickers.selectors';
import type { ReservesApi } from './reserves-api';
import { collect } from '../../../../testing/effects';

describe('reserve pickers', () => {
  const reducer = reservesFeature.reducer;
  const technician = { id: 'u-7', displayName: 'Théo Martin', hasVanDepot: true };
  const supervisor = { id: 'u-2', displayName: 'Alice Admin' };
  const customer = (id: string, name: string) => ({ id, name }) as CustomerSummary;
  const user = (role: SessionUser['role']) => ({ id: 'u-1', displayName: 'Sam Super', role }) as SessionUser;
  const down = () => throwError(() => new Error('down'));

  it('reads the technicians and the supervisors on each visit to the inbox or a reserve', () => {
    const api = {
      technicians: jasmine.createSpy().and.returnValue(of({ items: [technician] })),
      supervisors: jasmine.createSpy().and.returnValue(of({ items: [supervisor] })),
    } as unknown as ReservesApi;
    const visits = () => of(ReserveListPageActions.opened(), ReservePageActions.opened({ id: 'r-1' })) as Actions;
    const loaded = [ReservesApiActions.techniciansLoaded({ technicians: [technician] }), ReservesApiActions.supervisorsLoaded({ supervisors: [supervisor] })];
    expect(collect(loadPeopleOptions(visits(), api))).toEqual([...loaded, ...loaded]);
  });

  it('says when a list cannot be read', () => {
    const api = { technicians: down, supervisors: down } as unknown as ReservesApi;
    expect(collect(loadPeopleOptions(of(ReserveListPageActions.opened()) as Actions, api))).toEqual([
      ReservesApiActions.techniciansFailed(),
      ReservesApiActions.supervisorsFailed(),
    ]);
  });

  it('searches customers once the user pauses, the last question only, and keeps the matches after a failure', () => {
    const api = { searchCustomers: jasmine.createSpy().and.returnValue(of({ items: [customer('c-1', 'Dupont')] })) } as unknown as ReservesApi;
    const time = new VirtualTimeScheduler();
    const typed = new Subject<Action>();
    const out = collect(searchCustomerOptions(typed as Actions, api, time));
    typed.next(ReserveListPageActions.customerSearchChanged({ q: 'du' }));
    typed.next(ReserveListPageActions.customerSearchChanged({ q: 'dup' }));
    expect(out).toEqual([]);
    time.flush();
    expect(out).toEqual([ReservesApiActions.customersFound({ customers: [customer('c-1', 'Dupont')] })]);
    expect(api.searchCustomers).toHaveBeenCalledOnceWith('dup');
    const failing = { searchCustomers: down } as unknown as ReservesApi;
    const failed = collect(searchCustomerOptions(of(ReserveListPageActions.customerSearchChanged({ q: 'x' })) as Actions, failing, time));
    time.flush();
    expect(failed).toEqual([]);
  });

  it('holds the lists, empties one that failed, and remembers every customer name met', () => {
    let state = reducer(initialReservesState, ReservesApiActions.techniciansLoaded({ technicians: [technician] }));
    state = reducer(state, ReservesApiActions.supervisorsLoaded({ supervisors: [supervisor] }));
    state = reducer(state, ReservesApiActions.customersFound({ customers: [customer('c-1', 'Dupont')] }));
    state = reducer(state, ReservesApiActions.customersFound({ customers: [customer('c-2', 'Boulangerie')] }));
    expect(state.pickers).toEqual({
      technicians: [technician],
      supervisors: [supervisor],
      customers: [customer('c-2', 'Boulangerie')],
      customerNames: { 'c-1': 'Dupont', 'c-2': 'Boulangerie' },
    });
    state = reducer(state, ReservesApiActions.techniciansFailed());
    state = reducer(state, ReservesApiActions.supervisorsFailed());
    expect(state.pickers.technicians).toEqual([]);
    expect(state.pickers.supervisors).toEqual([]);
  });

  it('keeps the pickers when another reserve is opened or the page is left', () => {
    const withPickers = reducer(initialReservesState, ReservesApiActions.supervisorsLoaded({ supervisors: [supervisor] }));
    expect(reducer(withPickers, ReservePageActions.opened({ id: 'r-9' })).pickers.supervisors).toEqual([supervisor]);
    expect(reducer(withPickers, ReservePageActions.closed()).pickers.supervisors).toEqual([supervisor]);
  });

  it('offers the people and customers as options', () => {
    const pickers = { technicians: [technician], supervisors: [supervisor], customers: [customer('c-1', 'Dupont')], customerNames: { 'c-1': 'Dupont' } };
    expect(selectTechnicianOptions.projector(pickers)).toEqual([{ id: 'u-7', name: 'Théo Martin' }]);
    expect(selectSupervisorOptions.projector(pickers, user('supervisor'))).toEqual([{ id: 'u-2', name: 'Alice Admin' }]);
    expect(selectCustomerOptions.projector(pickers)).toEqual([{ id: 'c-1', name: 'Dupont' }]);
    expect(selectCustomerNames.projector(pickers)).toEqual({ 'c-1': 'Dupont' });
  });

  it('offers a supervisor who cannot read the users list themself, and nobody to whoever may not triage', () => {
    const unlisted = initialReservesState.pickers;
    expect(selectSupervisorOptions.projector(unlisted, user('supervisor'))).toEqual([{ id: 'u-1', name: 'Sam Super' }]);
    expect(selectSupervisorOptions.projector(unlisted, user('technician'))).toEqual([]);
    expect(selectSupervisorOptions.projector(unlisted, null)).toEqual([]);
  });
});
