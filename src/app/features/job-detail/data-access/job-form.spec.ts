import { HttpErrorResponse } from '@angular/common/http';
import type { Customer } from '@contract';
import type { Actions } from '@ngrx/effects';
import type { } from '@ngrx/store';
import { VirtualTimeScheduler, of, throwError } from 'rxjs';
import { customer } from '../../../../testing/fixtures';
import type { JobDetailApi } from './job-detail-api';
import { JobDetailApiActions, JobFormPageActions } from './job-detail.actions';
import { JobDocumentFiles } from './job-document-files';
import { checkOverlaps, loadFormCustomer, searchFormCustomers, uploadDocuments } from './job-form.effects';
import { initialJobFormState, jobFormFeature } from './job-form.feature';
import type { JobLookupsApi } from './job-lookups-api';
import { collect } from '../../../../testing/effects';

describe('job form slice', () => {
  const reducer = jobFormFeature.reducer;

  it('searches customers once the user pauses, saying it searches, and nothing for a blank field', () => {
    const found = [{ id: 'c-1', name: 'Dupont' }] as never[];
    const lookups = { searchCustomers: jasmine.createSpy().and.returnValue(of(found)) } as unknown as JobLookupsApi;
    const time = new VirtualTimeScheduler();
    const typed = of(JobFormPageActions.customerTyped({ q: 'du' }), JobFormPageActions.customerTyped({ q: 'dup ' }));
    const out = collect(searchFormCustomers(typed as Actions, lookups, time));
    time.flush();
    expect(lookups.searchCustomers).toHaveBeenCalledOnceWith('dup');
    expect(out).toEqual([JobDetailApiActions.customerSearchStarted(), JobDetailApiActions.customersFound({ customers: found })]);
    const state = out.reduce(reducer, initialJobFormState);
    expect(state.suggestions).toEqual(found);
    expect(state.searching).toBeFalse();
  });

  it('proposes the first site and the primary contact of a picked customer only', () => {
    const picked: Customer = customer({
      sites: [{ id: 's-1' }, { id: 's-2' }] as Customer['sites'],
      contacts: [{ id: 'p-1', isPrimary: false }, { id: 'p-2', isPrimary: true }] as Customer['contacts'],
    });
    const lookups = { customer: jasmine.createSpy().and.returnValue(of(picked)) } as unknown as JobLookupsApi;
    const out = collect(loadFormCustomer(of(JobFormPageActions.customerChosen({ id: picked.id, propose: true })) as Actions, lookups));
    let state = reducer(initialJobFormState, JobFormPageActions.customerChosen({ id: picked.id, propose: true }));
    state = out.reduce(reducer, state);
    expect(state.customer.proposal).toEqual({ siteId: 's-1', contactId: 'p-2' });
    expect(state.customer.sites.length).toBe(2);
    state = reducer(state, JobDetailApiActions.formCustomerLoaded({ customer: picked, propose: false }));
    expect(state.customer.proposal).toBeNull();
    expect(reducer(state, JobDetailApiActions.formCustomerLoaded({ customer: customer({ id: 'c-other' }), propose: true }))).toBe(state);
  });

  it('checks overlaps for the planning, and shows none when the check fails', () => {
    const query = { technicianIds: ['u-10'], start: '2026-12-09T08:00:00.000Z', end: '2026-12-09T10:00:00.000Z', excludeJobId: null };
    const lookups = { overlaps: jasmine.createSpy().and.returnValue(throwError(() => new HttpErrorResponse({ status: 500 }))) } as unknown as JobLookupsApi;
    expect(collect(checkOverlaps(of(JobFormPageActions.scheduleChanged({ query })) as Actions, lookups))).toEqual([
      JobDetailApiActions.overlapsFound({ overlaps: [] }),
    ]);
    expect(lookups.overlaps).toHaveBeenCalledWith(['u-10'], query.start, query.end, undefined);
  });

  it('uploads the documents one after the other and names the failed ones once all are done', () => {
    const files = new JobDocumentFiles();
    const documents = files.keep([new File(['a'], 'a.pdf'), new File(['b'], 'b.pdf')]);
    const api = {
      uploadDocument: jasmine
        .createSpy()
        .and.returnValues(of({}), throwError(() => new HttpErrorResponse({ status: 413 }))),
    } as unknown as JobDetailApi;
    const submitted = JobFormPageActions.documentsSubmitted({ jobId: 'job-1', documents });
    const out = collect(uploadDocuments(of(submitted) as Actions, api, files));
    expect((api.uploadDocument as jasmine.Spy).calls.allArgs().map(([id, file]) => [id, (file as File).name])).toEqual([
      ['job-1', 'a.pdf'],
      ['job-1', 'b.pdf'],
    ]);
    let state = reducer(initialJobFormState, submitted);
    expect(state.upload.callState).toBe('loading');
    state = out.reduce(reducer, state);
    expect(state.upload).toEqual({ total: 2, done: 2, failed: ['b.pdf'], callState: 'loaded' });
    expect(files.take(documents[0].key)).toBeNull();
  });
});
