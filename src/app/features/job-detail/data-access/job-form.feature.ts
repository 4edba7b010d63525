import type { Contact, CustomerSummary, Site } from '@contract';
import type { JobOverlap } from '@contract/jobs-list';
import { createFeature, createReducer, on } from '@ngrx/store';
import type { CallState } from '../../../shared/util/call-state';
import { JobDetailApiActions, JobFormPageActions } from './job-detail.actions';

/** What the job form asks the server while the user fills it in, and its documents' upload. */
export interface JobFormState {
  suggestions: CustomerSummary[];
  searching: boolean;
  /** The chosen customer's sites and contacts; `proposal` when a new pick proposes its first site and primary contact. */
  customer: {
    id: string | null;
    sites: Site[];
    contacts: Contact[];
    proposal: { siteId: string | null; contactId: string | null } | null;
  };
  overlaps: JobOverlap[];
  upload: { total: number; done: number; failed: string[]; callState: CallState };
}

export const initialJobFormState: JobFormState = {
  suggestions: [],
  searching: false,
  customer: { id: null, sites: [], contacts: [], proposal: null },
  overlaps: [],
  upload: { total: 0, done: 0, failed: [], callState: 'idle' },
};

function counted(upload: JobFormState['upload'], failed: string[]): JobFormState['upload'] {
  const done = upload.done + 1;
  return { ...upload, done, failed, callState: done >= upload.total ? 'loaded' : 'loading' };
}

export const jobFormFeature = createFeature({
  name: 'jobForm',
  reducer: createReducer(
    initialJobFormState,
    on(JobFormPageActions.opened, () => initialJobFormState),
    on(JobDetailApiActions.customerSearchStarted, (state) => ({ ...state, searching: true })),
    on(JobDetailApiActions.customersFound, (state, { customers }) => ({ ...state, suggestions: customers, searching: false })),
    on(JobFormPageActions.customerChosen, (state, { id }) => ({ ...state, customer: { ...state.customer, id, proposal: null } })),
    on(JobDetailApiActions.formCustomerLoaded, (state, { customer, propose }) =>
      customer.id !== state.customer.id
        ? state
        : {
            ...state,
            customer: {
              id: customer.id,
              sites: customer.sites,
              contacts: customer.contacts,
              proposal: propose
                ? {
                    siteId: customer.sites[0]?.id ?? null,
                    contactId: (customer.contacts.find((c) => c.isPrimary) ?? customer.contacts[0])?.id ?? null,
                  }
                : null,
            },
          },
    ),
    on(JobDetailApiActions.overlapsFound, (state, { overlaps }) => ({ ...state, overlaps })),
    on(JobFormPageActions.documentsSubmitted, (state, { documents }) => ({
      ...state,
      upload: { total: documents.length, done: 0, failed: [], callState: documents.length ? ('loading' as const) : ('loaded' as const) },
    })),
    on(JobDetailApiActions.documentUploaded, (state) => ({ ...state, upload: counted(state.upload, state.upload.failed) })),
    on(JobDetailApiActions.documentUploadFailed, (state, { name }) => ({
      ...state,
      upload: counted(state.upload, [...state.upload.failed, name]),
    })),
  ),
});
