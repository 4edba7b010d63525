import { diffTemplates, validateTemplateDefinition } from '@contract/rules';
import type { ReportTemplate, ReportTemplateVersion, TemplateDefinition } from '@contract';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { CallState } from '../../../shared/util/call-state';
import {
  addFamily,
  addField,
  deleteFamily,
  deleteField,
  duplicateField,
  findField,
  moveFamily,
  moveField,
  renameFamily,
  replaceField,
} from './designer-operations';
import { ReportTemplatesApiActions, TemplateDesignerActions, TemplateDesignerPageActions } from './report-templates.actions';
import { type DesignerProblem, problemsFromError } from './server-problems';

export interface VersionComparison {
  from: number;
  to: number | 'draft';
}

/** The draft being edited in `/report-templates/:id`, and everything around saving it. */
export interface TemplateDesignerState {
  templateId: string | null;
  /** The template as the server last answered it. */
  template: ReportTemplate | null;
  name: string;
  description: string;
  draft: TemplateDefinition;
  /** The version the edits started from: sent as If-Match. */
  baseVersion: number | null;
  /** Bumped by every edit; equal to `savedRevision` when nothing is unsaved. */
  revision: number;
  savedRevision: number;
  selectedFieldId: string | null;
  load: CallState;
  save: CallState;
  publish: CallState;
  /** Named by the server's last 400; cleared by the next edit. */
  serverProblems: DesignerProblem[];
  /** After a 412: the newest draft on the server, once fetched. */
  conflict: { latest: ReportTemplate | null; load: CallState } | null;
  /** Published versions fetched so far (frozen: never refetched). */
  versions: Record<number, ReportTemplateVersion>;
  comparison: VersionComparison | null;
  versionLoad: CallState;
}

const emptyDefinition: TemplateDefinition = { families: [] };

export const initialTemplateDesignerState: TemplateDesignerState = {
  templateId: null,
  template: null,
  name: '',
  description: '',
  draft: emptyDefinition,
  baseVersion: null,
  revision: 0,
  savedRevision: 0,
  selectedFieldId: null,
  load: 'idle',
  save: 'idle',
  publish: 'idle',
  serverProblems: [],
  conflict: null,
  versions: {},
  comparison: null,
  versionLoad: 'idle',
};

type State = TemplateDesignerState;

function edited(state: State, change: Partial<State>): State {
  return { ...state, ...change, revision: state.revision + 1, serverProblems: [] };
}

function editDraft(state: State, draft: TemplateDefinition, change: Partial<State> = {}): State {
  return draft === state.draft && Object.keys(change).length === 0 ? state : edited(state, { ...change, draft });
}

/** The server's template becomes the one on screen: the edits are its draft, nothing unsaved. */
function fromServer(state: State, template: ReportTemplate, revision: number): State {
  const selected = state.selectedFieldId && findField(template.draft, state.selectedFieldId) ? state.selectedFieldId : null;
  return {
    ...state,
    template,
    name: template.name,
    description: template.description ?? '',
    draft: template.draft,
    baseVersion: template.version,
    revision,
    savedRevision: revision,
    selectedFieldId: selected,
  };
}

/** After a save: the server's copy, but edits typed while it was on its way stay on screen. */
function afterWrite(state: State, template: ReportTemplate, revision: number): State {
  if (revision === state.revision) return { ...fromServer(state, template, revision), conflict: null };
  return { ...state, template, baseVersion: template.version, savedRevision: revision, conflict: null };
}

function writeFailed(state: State, error: { status: number; details?: unknown }): Partial<State> {
  if (error.status === 400) return { serverProblems: problemsFromError(error.details) };
  if (error.status === 412) return { conflict: { latest: null, load: 'idle' } };
  return {};
}

function comparisonLoad(versions: State['versions'], comparison: VersionComparison): CallState {
  const needed = [comparison.from, comparison.to].filter((n): n is number => n !== 'draft');
  return needed.every((n) => versions[n]) ? 'loaded' : 'loading';
}

export const templateDesignerFeature = createFeature({
  name: 'templateDesigner',
  reducer: createReducer(
    initialTemplateDesignerState,
    on(TemplateDesignerPageActions.opened, (_state, { id }): State => ({
      ...initialTemplateDesignerState,
      templateId: id,
      load: 'loading',
    })),
    on(TemplateDesignerPageActions.retried, (state): State => ({ ...state, load: 'loading' })),
    on(ReportTemplatesApiActions.templateLoaded, (state, { template }): State =>
      template.id !== state.templateId ? state : { ...fromServer(state, template, 0), load: 'loaded' },
    ),
    on(ReportTemplatesApiActions.templateLoadFailed, (state, { id, error }): State =>
      id !== state.templateId ? state : { ...state, load: { error } },
    ),

    on(TemplateDesignerActions.nameChanged, (state, { name }) => edited(state, { name })),
    on(TemplateDesignerActions.descriptionChanged, (state, { description }) => edited(state, { description })),
    on(TemplateDesignerActions.familyAdded, (state, { family }) => editDraft(state, addFamily(state.draft, family))),
    on(TemplateDesignerActions.familyRenamed, (state, { familyId, label }) =>
      editDraft(state, renameFamily(state.draft, familyId, label)),
    ),
    on(TemplateDesignerActions.familyMoved, (state, { fromIndex, toIndex }) =>
      editDraft(state, moveFamily(state.draft, fromIndex, toIndex)),
    ),
    on(TemplateDesignerActions.familyDeleted, (state, { familyId }) => {
      const draft = deleteFamily(state.draft, familyId);
      const selected = state.selectedFieldId && findField(draft, state.selectedFieldId) ? state.selectedFieldId : null;
      return editDraft(state, draft, selected === state.selectedFieldId ? {} : { selectedFieldId: selected });
    }),
    on(TemplateDesignerActions.fieldAdded, (state, { familyId, field }) =>
      editDraft(state, addField(state.draft, familyId, field), { selectedFieldId: field.id }),
    ),
    on(TemplateDesignerActions.fieldChanged, (state, { field }) => editDraft(state, replaceField(state.draft, field))),
    on(TemplateDesignerActions.fieldMoved, (state, { fieldId, toFamilyId, toIndex }) =>
      editDraft(state, moveField(state.draft, fieldId, toFamilyId, toIndex)),
    ),
    on(TemplateDesignerActions.fieldDuplicated, (state, { fieldId, newId, label }) =>
      editDraft(state, duplicateField(state.draft, fieldId, newId, label), { selectedFieldId: newId }),
    ),
    on(TemplateDesignerActions.fieldDeleted, (state, { fieldId }) =>
      editDraft(state, deleteField(state.draft, fieldId), {
        selectedFieldId: state.selectedFieldId === fieldId ? null : state.selectedFieldId,
      }),
    ),
    on(TemplateDesignerActions.fieldSelected, (state, { fieldId }): State => ({ ...state, selectedFieldId: fieldId })),

    on(TemplateDesignerPageActions.saveSubmitted, (state): State => ({
      ...state,
      save: 'loading',
      publish: 'idle',
      serverProblems: [],
    })),
    on(TemplateDesignerPageActions.publishConfirmed, (state): State => ({
      ...state,
      publish: 'loading',
      save: 'idle',
      serverProblems: [],
    })),
    on(ReportTemplatesApiActions.templateSaved, (state, { template, revision }): State =>
      template.id !== state.templateId ? state : { ...afterWrite(state, template, revision), save: 'loaded' },
    ),
    on(ReportTemplatesApiActions.templatePublished, (state, { template, revision }): State =>
      template.id !== state.templateId ? state : { ...afterWrite(state, template, revision), publish: 'loaded' },
    ),
    on(ReportTemplatesApiActions.saveFailed, (state, { error }): State => ({
      ...state,
      save: { error },
      ...writeFailed(state, error),
    })),
    on(ReportTemplatesApiActions.publishFailed, (state, { error }): State => ({
      ...state,
      publish: { error },
      ...writeFailed(state, error),
    })),

    on(TemplateDesignerPageActions.latestVersionRequested, (state): State => ({
      ...state,
      conflict: { latest: null, load: 'loading' },
    })),
    on(ReportTemplatesApiActions.latestLoaded, (state, { template }): State =>
      template.id !== state.templateId || !state.conflict ? state : { ...state, conflict: { latest: template, load: 'loaded' } },
    ),
    on(ReportTemplatesApiActions.latestLoadFailed, (state, { error }): State =>
      state.conflict ? { ...state, conflict: { latest: null, load: { error } } } : state,
    ),
    // The user's edits stay, now based on the newest version: saving them overwrites it knowingly.
    on(TemplateDesignerPageActions.ownEditsKept, (state): State => {
      const latest = state.conflict?.latest;
      if (!latest) return state;
      return { ...state, template: latest, baseVersion: latest.version, savedRevision: -1, conflict: null, save: 'idle', publish: 'idle' };
    }),
    on(TemplateDesignerPageActions.latestVersionUsed, (state): State => {
      const latest = state.conflict?.latest;
      if (!latest) return state;
      return { ...fromServer(state, latest, state.revision + 1), conflict: null, save: 'idle', publish: 'idle' };
    }),

    on(TemplateDesignerPageActions.versionsCompared, (state, { from, to }): State => {
      const comparison = { from, to };
      return { ...state, comparison, versionLoad: comparisonLoad(state.versions, comparison) };
    }),
    on(ReportTemplatesApiActions.versionLoaded, (state, { version }): State => {
      if (version.templateId !== state.templateId) return state;
      const versions = { ...state.versions, [version.versionNumber]: version };
      return { ...state, versions, versionLoad: state.comparison ? comparisonLoad(versions, state.comparison) : state.versionLoad };
    }),
    on(ReportTemplatesApiActions.versionLoadFailed, (state, { error }): State => ({ ...state, versionLoad: { error } })),
  ),
  extraSelectors: ({ selectRevision, selectSavedRevision, selectDraft, selectServerProblems, selectConflict, selectComparison, selectVersions, selectTemplate }) => {
    const selectIsDirty = createSelector(selectRevision, selectSavedRevision, (revision, saved) => revision !== saved);
    return {
      selectIsDirty,
      /** Live problems of the draft, then those the server named that the live check does not know. */
      selectProblems: createSelector(selectDraft, selectServerProblems, (draft, server): DesignerProblem[] => {
        const live: DesignerProblem[] = validateTemplateDefinition(draft);
        const seen = new Set(live.map((p) => p.path.join('.')));
        return [...live, ...server.filter((p) => !seen.has(p.path.join('.')))];
      }),
      selectPublishProblems: createSelector(selectDraft, (draft) => validateTemplateDefinition(draft, { forPublish: true })),
      selectConflictView: createSelector(selectConflict, selectDraft, (conflict, draft) =>
        conflict
          ? {
              load: conflict.load,
              latest: conflict.latest,
              changes: conflict.latest ? diffTemplates(conflict.latest.draft, draft) : [],
            }
          : null,
      ),
      selectComparisonView: createSelector(selectComparison, selectVersions, selectDraft, selectTemplate, (comparison, versions, draft, template) => {
        if (!comparison) return null;
        const before = versions[comparison.from]?.definition ?? null;
        const after = comparison.to === 'draft' ? draft : (versions[comparison.to]?.definition ?? null);
        return {
          ...comparison,
          templateId: template?.id ?? null,
          before,
          after,
          changes: before && after ? diffTemplates(before, after) : null,
        };
      }),
    };
  },
});
