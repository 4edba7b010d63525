import type { JobType, ReportTemplate, ReportTemplateSummary } from '@contract';
import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { CallState } from '../../../shared/util/call-state';
import { ReportTemplatesApiActions, TemplateDesignerPageActions, TemplateListPageActions } from './report-templates.actions';

/** The list page: every template (there are few), the job types and their defaults, writes in flight. */
export interface ReportTemplatesState extends EntityState<ReportTemplateSummary> {
  list: CallState;
  jobTypes: JobType[];
  jobTypesState: CallState;
  create: CallState;
  /** Rows with a write in flight (duplicate, archive, restore, default): their actions wait. */
  busyIds: string[];
}

export const reportTemplatesAdapter = createEntityAdapter<ReportTemplateSummary>({
  sortComparer: (a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
});

export const initialReportTemplatesState: ReportTemplatesState = reportTemplatesAdapter.getInitialState({
  list: 'idle',
  jobTypes: [],
  jobTypesState: 'idle',
  create: 'idle',
  busyIds: [],
});

/** A full template carries its summary: keep only the summary's fields in the list. */
export function toSummary(template: ReportTemplate): ReportTemplateSummary {
  const { id, name, description, status, currentVersion, familyCount, fieldCount, jobCount } = template;
  const { hasUnpublishedChanges, isDefault, jobTypeDefaults, updatedAt, updatedBy } = template;
  return {
    id,
    name,
    description,
    status,
    currentVersion,
    familyCount,
    fieldCount,
    jobCount,
    hasUnpublishedChanges,
    isDefault,
    jobTypeDefaults,
    updatedAt,
    updatedBy,
  };
}

const busy = (state: ReportTemplatesState, id: string) => ({ ...state, busyIds: [...state.busyIds, id] });
const idle = (state: ReportTemplatesState, id: string) => ({ ...state, busyIds: state.busyIds.filter((b) => b !== id) });

export const reportTemplatesFeature = createFeature({
  name: 'reportTemplates',
  reducer: createReducer(
    initialReportTemplatesState,
    on(TemplateListPageActions.opened, TemplateListPageActions.retried, (state) => ({
      ...state,
      list: 'loading' as const,
      jobTypesState: 'loading' as const,
    })),
    on(ReportTemplatesApiActions.listLoaded, (state, { items }) =>
      reportTemplatesAdapter.setAll(items, { ...state, list: 'loaded' as const }),
    ),
    on(ReportTemplatesApiActions.listLoadFailed, (state, { error }) => ({ ...state, list: { error } })),
    on(ReportTemplatesApiActions.jobTypesLoaded, (state, { jobTypes }) => ({
      ...state,
      jobTypes,
      jobTypesState: 'loaded' as const,
    })),
    on(ReportTemplatesApiActions.jobTypesLoadFailed, (state, { error }) => ({ ...state, jobTypesState: { error } })),
    on(TemplateListPageActions.createSubmitted, (state) => ({ ...state, create: 'loading' as const })),
    on(ReportTemplatesApiActions.templateCreated, (state, { template }) =>
      reportTemplatesAdapter.upsertOne(toSummary(template), { ...state, create: 'loaded' as const }),
    ),
    on(ReportTemplatesApiActions.createFailed, (state, { error }) => ({ ...state, create: { error } })),
    on(
      TemplateListPageActions.duplicateClicked,
      TemplateListPageActions.archiveConfirmed,
      TemplateListPageActions.restoreClicked,
      (state, { id }) => busy(state, id),
    ),
    on(TemplateListPageActions.defaultChosen, (state, { templateId }) => busy(state, templateId ?? '')),
    on(ReportTemplatesApiActions.templateDuplicated, (state, { sourceId, template }) =>
      reportTemplatesAdapter.upsertOne(toSummary(template), idle(state, sourceId)),
    ),
    on(ReportTemplatesApiActions.templateArchived, ReportTemplatesApiActions.templateRestored, (state, { template }) =>
      reportTemplatesAdapter.upsertOne(toSummary(template), idle(state, template.id)),
    ),
    on(ReportTemplatesApiActions.defaultTemplateSet, (state, { templateId }) => {
      const updates = (state.ids as string[]).map((id) => ({ id, changes: { isDefault: id === templateId } }));
      return reportTemplatesAdapter.updateMany(updates, { ...state, busyIds: [] });
    }),
    on(ReportTemplatesApiActions.listWriteFailed, (state, { id }) => idle(state, id)),
    on(ReportTemplatesApiActions.jobTypeDefaultSet, (state, { jobType }) => {
      const jobTypes = state.jobTypes.map((t) => (t.id === jobType.id ? jobType : t));
      const updates = Object.values(state.entities).map((template) => {
        const others = template!.jobTypeDefaults.filter((code) => code !== jobType.code);
        const jobTypeDefaults = template!.id === jobType.defaultTemplateId ? [...others, jobType.code] : others;
        return { id: template!.id, changes: { jobTypeDefaults } };
      });
      return reportTemplatesAdapter.updateMany(updates, { ...state, jobTypes });
    }),
    // What the designer saved shows in the list when the user comes back.
    on(ReportTemplatesApiActions.templateSaved, ReportTemplatesApiActions.templatePublished, (state, { template }) =>
      state.entities[template.id] ? reportTemplatesAdapter.upsertOne(toSummary(template), state) : state,
    ),
    on(TemplateDesignerPageActions.opened, (state) => ({ ...state, create: 'idle' as const })),
  ),
  extraSelectors: ({ selectReportTemplatesState, selectList, selectJobTypes, selectBusyIds }) => {
    const { selectAll } = reportTemplatesAdapter.getSelectors(selectReportTemplatesState);
    return {
      selectAllTemplates: selectAll,
      selectListView: createSelector(selectAll, selectList, selectBusyIds, (templates, callState, busyIds) => ({
        templates,
        callState,
        busyIds,
        isEmpty: callState === 'loaded' && templates.length === 0,
      })),
      /** Templates a job type (or the account) may use by default: published and not archived. */
      selectDefaultCandidates: createSelector(selectAll, (templates) =>
        templates.filter((t) => t.status === 'published' && t.currentVersion !== null),
      ),
      selectJobTypesView: createSelector(selectJobTypes, selectReportTemplatesState, (jobTypes, state) => ({
        jobTypes,
        callState: state.jobTypesState,
      })),
    };
  },
});
