import { selectMay } from '../../../core/auth/may';
import { reportTemplatesFeature } from './report-templates.feature';
import { templateDesignerFeature } from './template-designer.feature';

/** Templates, defaults and settings are written by administrators only; the others read. */
export const selectCanEditTemplates = selectMay('configuration', 'write');

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
