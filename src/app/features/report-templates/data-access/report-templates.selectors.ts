import { createSelector } from '@ngrx/store';
import { selectRole } from '../../../core/auth/auth.feature';
import { reportTemplatesFeature } from './report-templates.feature';
import { templateDesignerFeature } from './template-designer.feature';

/** Templates, defaults and settings are written by administrators only; the others read. */
export const selectCanEditTemplates = createSelector(selectRole, (role) => role === 'admin');

export const {
  selectListView,
  selectJobTypesView,
  selectDefaultCandidates,
  selectCreate: selectCreateCallState,
} = reportTemplatesFeature;

export const {
  selectTemplate,
  selectName,
  selectDescription,
  selectDraft,
  selectBaseVersion,
  selectRevision,
  selectSelectedFieldId,
  selectLoad: selectDesignerLoad,
  selectSave: selectSaveCallState,
  selectPublish: selectPublishCallState,
  selectIsDirty,
  selectProblems,
  selectPublishProblems,
  selectConflictView,
  selectComparisonView,
  selectVersionLoad,
} = templateDesignerFeature;
