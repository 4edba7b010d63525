import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { reportTemplate } from '../../../../testing/report-templates';
import { ReportTemplatesApi } from './report-templates-api';

describe('ReportTemplatesApi', () => {
  let api: ReportTemplatesApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(ReportTemplatesApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('lists every template in one page', () => {
    api.list().subscribe();
    const req = backend.expectOne((r) => r.url === '/api/report-templates');
    expect(req.request.params.get('limit')).toBe('500');
    req.flush({ items: [], total: 0, nextCursor: null });
  });

  it('saves the draft with PUT and If-Match', () => {
    const input = { name: 'Leak check', description: null, draft: { families: [] } };
    api.save('t-1', 4, input).subscribe();
    const req = backend.expectOne({ method: 'PUT', url: '/api/report-templates/t-1' });
    expect(req.request.headers.get('If-Match')).toBe('"4"');
    expect(req.request.body).toEqual(input);
    req.flush(reportTemplate());
  });

  it('publishes, archives and restores with If-Match', () => {
    api.publish('t-1', 4).subscribe();
    expect(backend.expectOne({ method: 'POST', url: '/api/report-templates/t-1/publish' }).request.headers.get('If-Match')).toBe('"4"');
    api.archive('t-1', 5).subscribe();
    expect(backend.expectOne({ method: 'POST', url: '/api/report-templates/t-1/archive' }).request.headers.get('If-Match')).toBe('"5"');
    api.restore('t-1', 6).subscribe();
    expect(backend.expectOne({ method: 'POST', url: '/api/report-templates/t-1/restore' }).request.headers.get('If-Match')).toBe('"6"');
  });

  it('reads a frozen version and escapes ids in paths', () => {
    api.version('a/b', 2).subscribe();
    backend.expectOne('/api/report-templates/a%2Fb/versions/2').flush({});
  });

  it('unwraps the job types and changes a default with the job type’s version', () => {
    let codes: string[] = [];
    api.jobTypes().subscribe((types) => (codes = types.map((t) => t.code)));
    backend.expectOne('/api/job-types').flush({ items: [{ id: 'jt-1', code: 'repair', nameEn: 'Repair', nameFr: 'Dépannage', defaultTemplateId: null, version: 1 }] });
    expect(codes).toEqual(['repair']);
    api.setJobTypeDefault('jt-1', 1, 't-1').subscribe();
    const req = backend.expectOne({ method: 'PATCH', url: '/api/job-types/jt-1' });
    expect(req.request.body).toEqual({ defaultTemplateId: 't-1' });
    expect(req.request.headers.get('If-Match')).toBe('"1"');
    req.flush({});
  });

  it('changes only the default template in the settings', () => {
    api.setDefaultTemplate(12, null).subscribe();
    const req = backend.expectOne({ method: 'PATCH', url: '/api/settings' });
    expect(req.request.body).toEqual({ defaultTemplateId: null });
    expect(req.request.headers.get('If-Match')).toBe('"12"');
    req.flush({});
  });
});
