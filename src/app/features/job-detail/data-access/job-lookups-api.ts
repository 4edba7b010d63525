import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Customer,
  CustomerPage,
  CustomerSummary,
  CustomFieldDefinition,
  CustomFieldDefinitionList,
  JobType,
  JobTypeList,
  ReportTemplatePage,
  ReportTemplateSummary,
  SettingsView,
  TechnicianOption,
  TechnicianList,
} from '@contract';
import type { JobOverlap, JobOverlaps } from '@contract/jobs-list';
import { type Observable, map } from 'rxjs';

/** How many customers the autocomplete offers for what was typed (the server searches 100k of them). */
export const CUSTOMER_SUGGESTIONS = 15;

/**
 * What the job form chooses from (settings, job types, published templates, technicians, job
 * custom fields) and the searches it makes while the user types.
 */
@Injectable({ providedIn: 'root' })
export class JobLookupsApi {
  private readonly http = inject(HttpClient);

  settings(): Observable<SettingsView> {
    return this.http.get<SettingsView>('/api/settings');
  }

  jobTypes(): Observable<JobType[]> {
    return this.http.get<JobTypeList>('/api/job-types').pipe(map((list) => list.items));
  }

  publishedTemplates(): Observable<ReportTemplateSummary[]> {
    return this.http
      .get<ReportTemplatePage>('/api/report-templates', { params: { status: 'published', limit: 200 } })
      .pipe(map((page) => page.items));
  }

  technicians(): Observable<TechnicianOption[]> {
    return this.http.get<TechnicianList>('/api/users/technicians').pipe(map((list) => list.items));
  }

  /** Active and inactive (inactive ones still name stored values). */
  customFields(): Observable<CustomFieldDefinition[]> {
    return this.http.get<CustomFieldDefinitionList>('/api/custom-fields', { params: { entity: 'job' } }).pipe(map((list) => list.items));
  }

  /** Prefix search on name or code, as the customers grid does. */
  searchCustomers(q: string): Observable<CustomerSummary[]> {
    const params = new HttpParams().set('q', q).set('limit', CUSTOMER_SUGGESTIONS).set('sort', 'name');
    return this.http.get<CustomerPage>('/api/customers', { params }).pipe(map((page) => page.items));
  }

  /** With its sites and contacts. */
  customer(id: string): Observable<Customer> {
    return this.http.get<Customer>(`/api/customers/${encodeURIComponent(id)}`);
  }

  overlaps(technicianIds: readonly string[], start: string, end: string, excludeJobId?: string): Observable<JobOverlap[]> {
    let params = new HttpParams().set('technicianIds', technicianIds.join(',')).set('start', start).set('end', end);
    if (excludeJobId) params = params.set('excludeJobId', excludeJobId);
    return this.http.get<JobOverlaps>('/api/jobs/overlaps', { params }).pipe(map((answer) => answer.overlaps));
  }
}
