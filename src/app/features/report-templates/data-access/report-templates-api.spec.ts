import { reportTemplate } from '../../../../testing/report-templates';
import { ReportTemplatesApi } from './report-templates-api';
import { apiTestBed } from '../../../../testing/api-test-bed';

describe('ReportTemplatesApi', () => {
  const bed = apiTestBed(ReportTemplatesApi);

  it('lists every template in one page', () => {
    bed.api.list().subscribe();
    const req = bed.backend.expectOne((r) => r.url === '/api/report-templates');
    expect(req.request.params.get('limit')).toBe('500');
    req.flush({ items: [], total: 0, nextCursor: null });
  });

  it('saves the draft with PUT and If-Match', () => {
    const input = { name: 'Leak check', description: null, draft: { families: [] } };
    bed.api.save('t-1', 4, input).subscribe();
    const req = bed.backend.expectOne({ method: 'PUT', url: '/api/report-templates/t-1' });
    expect(req.request.headers.get('If-Match')).toBe('"4"');
    expect(req.request.body).toEqual(input);
    req.flush(reportTemplate());
  });

  it('publishes, archives and restores with If-Match', () => {
    bed.api.publish('t-1', 4).subscribe();
    expect(bed.backend.expectOne({ method: 'POST', url: '/api/report-templates/t-1/publish' }).request.headers.get('If-Match')).toBe('"4"');
    bed.api.archive('t-1', 5).subscribe();
    expect(bed.backend.expectOne({ method: 'POST', url: '/api/report-templates/t-1/archive' }).request.headers.get('If-Match')).toBe('"5"');
    bed.api.restore('t-1', 6).subscribe();
    expect(bed.backend.expectOne({ method: 'POST', url: '/api/report-templates/t-1/restore' }).request.headers.get('If-Match')).toBe('"6"');
  });

  it('reads a frozen version and escapes ids in paths', () => {
    bed.api.version('a/b', 2).subscribe();
    bed.backend.expectOne('/api/report-templates/a%2Fb/versions/2').flush({});
  });

  it('unwraps the job types and changes a default with the job type’s version', () => {
    let codes: string[] = [];
    bed.api.jobTypes().subscribe((types) => (codes = types.map((t) => t.code)));
    bed.backend.expectOne('/api/job-types').flush({ items: [{ id: 'jt-1', code: 'repair', nameEn: 'Repair', nameFr: 'Dépannage', defaultTemplateId: null, version: 1 }] });
    expect(codes).toEqual(['repair']);
    bed.api.setJobTypeDefault('jt-1', 1, 't-1').subscribe();
    const req = bed.backend.expectOne({ method: 'PATCH', url: '/api/job-types/jt-1' });
    expect(req.request.body).toEqual({ defaultTemplateId: 't-1' });
    expect(req.request.headers.get('If-Match')).toBe('"1"');
    req.flush({});
  });

  it('changes only the default template in the settings', () => {
    bed.api.setDefaultTemplate(12, null).subscribe();
    const req = bed.backend.expectOne({ method: 'PATCH', url: '/api/settings' });
    expect(req.request.body).toEqual({ defaultTemplateId: null });
    expect(req.request.headers.get('If-Match')).toBe('"12"');
    req.flush({});
  });
});
