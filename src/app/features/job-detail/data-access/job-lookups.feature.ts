import type { CustomFieldDefinition, JobType, ReportTemplateSummary, SettingsView, TechnicianOption } from '@contract';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { JobDetailApiActions } from './job-detail.actions';

/** What the job form and the job page choose from, each read once (null until read). */
export interface JobLookupsState {
  settings: SettingsView | null;
  jobTypes: JobType[] | null;
  templates: ReportTemplateSummary[] | null;
  technicians: TechnicianOption[] | null;
  /** Active and inactive (inactive ones still name stored values), by sort order. */
  customFields: CustomFieldDefinition[] | null;
  failed: boolean;
}

export const initialJobLookupsState: JobLookupsState = {
  settings: null,
  jobTypes: null,
  templates: null,
  technicians: null,
  customFields: null,
  failed: false,
};

export const jobLookupsFeature = createFeature({
  name: 'jobLookups',
  reducer: createReducer(
    initialJobLookupsState,
    on(JobDetailApiActions.lookupsLoaded, (state, { lookups }) => ({
      ...state,
      ...lookups,
      ...(lookups.customFields ? { customFields: [...lookups.customFields].sort((a, b) => a.sortOrder - b.sortOrder) } : {}),
    })),
    on(JobDetailApiActions.lookupsLoadFailed, (state) => ({ ...state, failed: true })),
  ),
  extraSelectors: ({ selectJobTypes, selectTemplates, selectTechnicians, selectCustomFields }) => ({
    selectJobTypeList: createSelector(selectJobTypes, (list) => list ?? []),
    selectTemplateList: createSelector(selectTemplates, (list) => list ?? []),
    selectTechnicianList: createSelector(selectTechnicians, (list) => list ?? []),
    selectCustomFieldList: createSelector(selectCustomFields, (list) => list ?? []),
  }),
});
