import { TestBed } from '@angular/core/testing';
import { JobDetailApi } from './job-detail-api';
import { JobLookupsApi } from './job-lookups-api';
import { apiTestBed } from '../../../../testing/api-test-bed';

describe('JobDetailApi', () => {
  const bed = apiTestBed(JobDetailApi, [JobLookupsApi]);

  it('reads a job by its number, escaped', () => {
    bed.api.byNumber('J-000123').subscribe();
    bed.backend.expectOne('/api/jobs/by-number/J-000123').flush({});
  });

  it('creates with POST and no If-Match', () => {
    const input = { customerId: 'c-1', siteId: 's-1', jobTypeId: 'jt-1', schedule: 'draft' as const };
    bed.api.create(input).subscribe();
    const req = bed.backend.expectOne('/api/jobs');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual(input);
    expect(req.request.headers.has('If-Match')).toBeFalse();
    req.flush({});
  });

  it('edits with PATCH and If-Match carrying the version the edit started from', () => {
    bed.api.update('job-1', 4, { description: 'New' }).subscribe();
    const req = bed.backend.expectOne('/api/jobs/job-1');
    expect(req.request.method).toBe('PATCH');
    expect(req.request.headers.get('If-Match')).toBe('"4"');
    expect(req.request.body).toEqual({ description: 'New' });
    req.flush({});
  });

  it('sends each status action to its own address with If-Match', () => {
    bed.api.schedule('job-1', 4).subscribe();
    bed.api.reschedule('job-1', 4, { plannedStart: '2026-12-10T08:00:00.000Z', plannedEnd: '2026-12-10T09:00:00.000Z', managerId: 'u-10' }).subscribe();
    bed.api.cancel('job-1', 4, { reason: 'Customer away' }).subscribe();
    bed.api.duplicate('job-1', 4).subscribe();
    for (const [action, body] of [
      ['schedule', {}],
      ['reschedule', { plannedStart: '2026-12-10T08:00:00.000Z', plannedEnd: '2026-12-10T09:00:00.000Z', managerId: 'u-10' }],
      ['cancel', { reason: 'Customer away' }],
      ['duplicate', {}],
    ] as const) {
      const req = bed.backend.expectOne(`/api/jobs/job-1/${action}`);
      expect(req.request.method).withContext(action).toBe('POST');
      expect(req.request.body).withContext(action).toEqual(body);
      expect(req.request.headers.get('If-Match')).withContext(action).toBe('"4"');
      req.flush({});
    }
  });

  it('reads the history whether it comes as a list or as { items }', () => {
    const seen: number[] = [];
    bed.api.events('job-1').subscribe((events) => seen.push(events.length));
    bed.api.events('job-1').subscribe((events) => seen.push(events.length));
    const [first, second] = bed.backend.match('/api/jobs/job-1/events');
    first.flush([]);
    second.flush({ items: [{ id: 'e-1' }] });
    expect(seen).toEqual([0, 1]);
  });

  it('uploads a document as multipart and deletes one', () => {
    const file = new File(['%PDF-1.4'], 'plan.pdf', { type: 'application/pdf' });
    bed.api.uploadDocument('job-1', file).subscribe();
    const upload = bed.backend.expectOne('/api/jobs/job-1/attachments');
    expect(upload.request.method).toBe('POST');
    expect((upload.request.body as FormData).get('file')).toEqual(jasmine.any(File));
    upload.flush({});
    bed.api.deleteAttachment('job-1', 'a-1').subscribe();
    const removal = bed.backend.expectOne('/api/jobs/job-1/attachments/a-1');
    expect(removal.request.method).toBe('DELETE');
    removal.flush(null);
  });

  it('searches customers on the server, a few at a time, never the whole list', () => {
    TestBed.inject(JobLookupsApi).searchCustomers('boul').subscribe();
    const req = bed.backend.expectOne((r) => r.url === '/api/customers');
    expect(req.request.params.get('q')).toBe('boul');
    expect(Number(req.request.params.get('limit'))).toBeLessThanOrEqual(20);
    req.flush({ items: [], total: 0, nextCursor: null });
  });

  it('asks for overlaps of the chosen technicians, leaving out the job being edited', () => {
    TestBed.inject(JobLookupsApi).overlaps(['u-10', 'u-11'], '2026-12-09T08:00:00.000Z', '2026-12-09T10:00:00.000Z', 'job-1').subscribe();
    const req = bed.backend.expectOne((r) => r.url === '/api/jobs/overlaps');
    expect(req.request.params.get('technicianIds')).toBe('u-10,u-11');
    expect(req.request.params.get('start')).toBe('2026-12-09T08:00:00.000Z');
    expect(req.request.params.get('excludeJobId')).toBe('job-1');
    req.flush({ overlaps: [] });
  });
});
