import { reportTemplate } from '../../../../testing/report-templates';
import { ReportTemplatesApiActions, TemplateDesignerActions, TemplateDesignerPageActions } from './report-templates.actions';
import { type TemplateDesignerState, initialTemplateDesignerState, templateDesignerFeature } from './template-designer.feature';

describe('template designer reducer', () => {
  const reducer = templateDesignerFeature.reducer;
  const { selectIsDirty, selectProblems } = templateDesignerFeature;
  const loaded = (): TemplateDesignerState => {
    const opened = reducer(initialTemplateDesignerState, TemplateDesignerPageActions.opened({ id: 't-1' }));
    return reducer(opened, ReportTemplatesApiActions.templateLoaded({ template: reportTemplate() }));
  };
  const dirty = (state: TemplateDesignerState) => selectIsDirty.projector(state.revision, state.savedRevision);
  const fieldIds = (state: TemplateDesignerState) => state.draft.families.map((f) => f.fields.map((x) => x.id));

  it('starts clean from the loaded draft, based on its version', () => {
    const state = loaded();
    expect(state.baseVersion).toBe(4);
    expect(fieldIds(state)).toEqual([['leak', 'pressure'], ['photo', 'remarks']]);
    expect(dirty(state)).toBeFalse();
  });

  it('reorders on a drop and marks the draft unsaved', () => {
    const state = reducer(loaded(), TemplateDesignerActions.fieldMoved({ fieldId: 'pressure', toFamilyId: 'safety', toIndex: 0 }));
    expect(fieldIds(state)).toEqual([['pressure', 'leak'], ['photo', 'remarks']]);
    expect(dirty(state)).toBeTrue();
  });

  it('moves a field across families', () => {
    const state = reducer(loaded(), TemplateDesignerActions.fieldMoved({ fieldId: 'photo', toFamilyId: 'safety', toIndex: 2 }));
    expect(fieldIds(state)).toEqual([['leak', 'pressure', 'photo'], ['remarks']]);
  });

  it('a drop back where it was changes nothing and stays clean', () => {
    const before = loaded();
    const state = reducer(before, TemplateDesignerActions.fieldMoved({ fieldId: 'leak', toFamilyId: 'safety', toIndex: 0 }));
    expect(state).toBe(before);
  });

  it('selects an added field and forgets a deleted selection', () => {
    let state = reducer(
      loaded(),
      TemplateDesignerActions.fieldAdded({
        familyId: 'evidence',
        field: { id: 'sig', type: 'signature', label: 'Signature', mandatory: true, commentsAllowed: false, reservesAllowed: false },
      }),
    );
    expect(state.selectedFieldId).toBe('sig');
    state = reducer(state, TemplateDesignerActions.fieldDeleted({ fieldId: 'sig' }));
    expect(state.selectedFieldId).toBeNull();
  });

  it('deleting a field others depend on removes their conditions', () => {
    const state = reducer(loaded(), TemplateDesignerActions.fieldDeleted({ fieldId: 'leak' }));
    expect(state.draft.families[1].fields.every((f) => !f.visibleWhen && !f.mandatoryWhen)).toBeTrue();
    expect(selectProblems.projector(state.draft, [])).toEqual([]);
  });

  it('shows a problem at the field while editing', () => {
    const photo = reportTemplate().draft.families[1].fields[0];
    const state = reducer(loaded(), TemplateDesignerActions.fieldChanged({ field: { ...photo, label: ' ' } }));
    expect(selectProblems.projector(state.draft, [])).toEqual([
      jasmine.objectContaining({ path: ['families', 1, 'fields', 0, 'label'], code: 'empty_label' }),
    ]);
  });

  it('keeps edits typed while a save was on its way, and stays unsaved', () => {
    let state = loaded();
    state = reducer(state, TemplateDesignerActions.nameChanged({ name: 'First' }));
    const sent = state.revision;
    state = reducer(state, TemplateDesignerPageActions.saveSubmitted({ id: 't-1', version: 4, input: { name: 'First', description: null, draft: state.draft }, revision: sent }));
    state = reducer(state, TemplateDesignerActions.nameChanged({ name: 'Second' }));
    state = reducer(state, ReportTemplatesApiActions.templateSaved({ template: reportTemplate({ name: 'First', version: 5 }), revision: sent }));
    expect(state.name).toBe('Second');
    expect(state.baseVersion).toBe(5);
    expect(dirty(state)).toBeTrue();
  });

  it('maps a 400 back to the fields by path, and a 412 to a conflict', () => {
    let state = reducer(
      loaded(),
      ReportTemplatesApiActions.saveFailed({
        error: {
          status: 400,
          code: 'invalid_template',
          message: 'Invalid',
          details: { issues: [{ in: 'body', path: 'draft.families.0.fields.1.label', segments: ['draft', 'families', 0, 'fields', 1, 'label'], message: 'Too long', code: 'too_big' }] },
        },
      }),
    );
    expect(state.serverProblems).toEqual([{ path: ['families', 0, 'fields', 1, 'label'], code: 'server', message: 'Too long' }]);
    state = reducer(state, ReportTemplatesApiActions.saveFailed({ error: { status: 412, code: 'version_mismatch', message: 'Stale' } }));
    expect(state.conflict).toEqual({ latest: null, load: 'idle' });
  });

  it('after a 412, keeping one’s edits rebases them on the newest version, still unsaved', () => {
    let state = reducer(loaded(), TemplateDesignerActions.familyRenamed({ familyId: 'safety', label: 'Mine' }));
    state = reducer(state, ReportTemplatesApiActions.saveFailed({ error: { status: 412, code: 'version_mismatch', message: '' } }));
    state = reducer(state, TemplateDesignerPageActions.latestVersionRequested({ id: 't-1' }));
    state = reducer(state, ReportTemplatesApiActions.latestLoaded({ template: reportTemplate({ version: 9 }) }));
    expect(state.conflict?.latest?.version).toBe(9);
    state = reducer(state, TemplateDesignerPageActions.ownEditsKept());
    expect(state.baseVersion).toBe(9);
    expect(state.draft.families[0].label).toBe('Mine');
    expect(state.conflict).toBeNull();
    expect(dirty(state)).toBeTrue();
  });

  it('after a 412, using their version drops one’s edits', () => {
    let state = reducer(loaded(), TemplateDesignerActions.familyRenamed({ familyId: 'safety', label: 'Mine' }));
    state = reducer(state, ReportTemplatesApiActions.saveFailed({ error: { status: 412, code: 'version_mismatch', message: '' } }));
    state = reducer(state, ReportTemplatesApiActions.latestLoaded({ template: reportTemplate({ version: 9 }) }));
    state = reducer(state, TemplateDesignerPageActions.latestVersionUsed());
    expect(state.draft.families[0].label).toBe('Safety');
    expect(state.baseVersion).toBe(9);
    expect(dirty(state)).toBeFalse();
  });

  it('compares two versions once both are fetched', () => {
    let state = reducer(loaded(), TemplateDesignerPageActions.versionsCompared({ id: 't-1', from: 1, to: 'draft' }));
    expect(state.versionLoad).toBe('loading');
    state = reducer(
      state,
      ReportTemplatesApiActions.versionLoaded({
        version: { templateId: 't-1', versionNumber: 1, name: 'Leak check', definition: { families: [] }, publishedAt: '2026-01-02T10:00:00.000Z', publishedBy: null },
      }),
    );
    expect(state.versionLoad).toBe('loaded');
    const view = templateDesignerFeature.selectComparisonView.projector(state.comparison, state.versions, state.draft, state.template);
    expect(view?.changes?.filter((c) => c.kind === 'family_added').map((c) => c.familyLabel)).toEqual(['Safety', 'Evidence']);
  });
});
