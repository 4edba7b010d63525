import { templateSummary } from '../../../../testing/report-templates';
import { ReportTemplatesApiActions, TemplateListPageActions } from './report-templates.actions';
import { initialReportTemplatesState, reportTemplatesFeature } from './report-templates.feature';

describe('report templates list reducer', () => {
  const reducer = reportTemplatesFeature.reducer;
  const listed = () =>
    reducer(
      initialReportTemplatesState,
      ReportTemplatesApiActions.listLoaded({
        items: [templateSummary({ id: 'b', name: 'Boiler', isDefault: true, jobTypeDefaults: ['repair'] }), templateSummary({ id: 'a', name: 'Aircon' })],
      }),
    );

  it('keeps the templates sorted by name', () => {
    expect(listed().ids).toEqual(['a', 'b']);
  });

  it('moves the global default marker to the chosen template', () => {
    let state = reducer(listed(), TemplateListPageActions.defaultChosen({ templateId: 'a' }));
    expect(state.busyIds).toEqual(['a']);
    state = reducer(state, ReportTemplatesApiActions.defaultTemplateSet({ templateId: 'a' }));
    expect(state.entities['a']?.isDefault).toBeTrue();
    expect(state.entities['b']?.isDefault).toBeFalse();
    expect(state.busyIds).toEqual([]);
  });

  it('moves a job type’s default marker between templates', () => {
    const state = reducer(
      listed(),
      ReportTemplatesApiActions.jobTypeDefaultSet({
        jobType: { id: 'jt-1', code: 'repair', nameEn: 'Repair', nameFr: 'Dépannage', defaultTemplateId: 'a', version: 2 },
      }),
    );
    expect(state.entities['a']?.jobTypeDefaults).toEqual(['repair']);
    expect(state.entities['b']?.jobTypeDefaults).toEqual([]);
  });

  it('reports an empty list only once it is loaded', () => {
    const view = reportTemplatesFeature.selectListView;
    expect(view.projector([], 'loading', []).isEmpty).toBeFalse();
    expect(view.projector([], 'loaded', []).isEmpty).toBeTrue();
  });
});
