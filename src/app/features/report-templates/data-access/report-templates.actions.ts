import type {
  CreateReportTemplate,
  JobType,
  ReportTemplate,
  ReportTemplateSummary,
  ReportTemplateVersion,
  SaveReportTemplate,
  TemplateFamily,
  TemplateField,
} from '@contract';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiErrorInfo } from '../../../shared/util/api-error';

export const TemplateListPageActions = createActionGroup({
  source: 'Template List Page',
  events: {
    opened: emptyProps(),
    retried: emptyProps(),
    createSubmitted: props<{ input: CreateReportTemplate }>(),
    duplicateClicked: props<{ id: string }>(),
    archiveConfirmed: props<{ id: string }>(),
    restoreClicked: props<{ id: string }>(),
    defaultChosen: props<{ templateId: string | null }>(),
    jobTypeDefaultChosen: props<{ jobTypeId: string; version: number; templateId: string | null }>(),
  },
});

export const ReportTemplatesApiActions = createActionGroup({
  source: 'Report Templates API',
  events: {
    listLoaded: props<{ items: ReportTemplateSummary[] }>(),
    listLoadFailed: props<{ error: ApiErrorInfo }>(),
    jobTypesLoaded: props<{ jobTypes: JobType[] }>(),
    jobTypesLoadFailed: props<{ error: ApiErrorInfo }>(),
    templateCreated: props<{ template: ReportTemplate }>(),
    createFailed: props<{ error: ApiErrorInfo }>(),
    templateDuplicated: props<{ sourceId: string; template: ReportTemplate }>(),
    templateArchived: props<{ template: ReportTemplate }>(),
    templateRestored: props<{ template: ReportTemplate }>(),
    defaultTemplateSet: props<{ templateId: string | null }>(),
    jobTypeDefaultSet: props<{ jobType: JobType }>(),
    listWriteFailed: props<{ id: string; error: ApiErrorInfo }>(),
    templateLoaded: props<{ template: ReportTemplate }>(),
    templateLoadFailed: props<{ id: string; error: ApiErrorInfo }>(),
    templateSaved: props<{ template: ReportTemplate; revision: number }>(),
    templatePublished: props<{ template: ReportTemplate; revision: number }>(),
    saveFailed: props<{ error: ApiErrorInfo }>(),
    publishFailed: props<{ error: ApiErrorInfo }>(),
    latestLoaded: props<{ template: ReportTemplate }>(),
    latestLoadFailed: props<{ error: ApiErrorInfo }>(),
    versionLoaded: props<{ version: ReportTemplateVersion }>(),
    versionLoadFailed: props<{ versionNumber: number; error: ApiErrorInfo }>(),
  },
});

/** Edits of the draft: each one changes the definition in the store and marks it unsaved. */
export const TemplateDesignerActions = createActionGroup({
  source: 'Template Designer',
  events: {
    nameChanged: props<{ name: string }>(),
    descriptionChanged: props<{ description: string }>(),
    familyAdded: props<{ family: TemplateFamily }>(),
    familyRenamed: props<{ familyId: string; label: string }>(),
    familyMoved: props<{ fromIndex: number; toIndex: number }>(),
    familyDeleted: props<{ familyId: string }>(),
    fieldAdded: props<{ familyId: string; field: TemplateField }>(),
    fieldChanged: props<{ field: TemplateField }>(),
    fieldMoved: props<{ fieldId: string; toFamilyId: string; toIndex: number }>(),
    fieldDuplicated: props<{ fieldId: string; newId: string; label: string }>(),
    fieldDeleted: props<{ fieldId: string }>(),
    fieldSelected: props<{ fieldId: string | null }>(),
  },
});

export const TemplateDesignerPageActions = createActionGroup({
  source: 'Template Designer Page',
  events: {
    opened: props<{ id: string }>(),
    retried: props<{ id: string }>(),
    saveSubmitted: props<{ id: string; version: number; input: SaveReportTemplate; revision: number }>(),
    /** `input` is set when unsaved edits go along: they are saved first, then published. */
    publishConfirmed: props<{ id: string; version: number; input: SaveReportTemplate | null; revision: number }>(),
    latestVersionRequested: props<{ id: string }>(),
    ownEditsKept: emptyProps(),
    latestVersionUsed: emptyProps(),
    versionsCompared: props<{ id: string; from: number; to: number | 'draft' }>(),
  },
});
