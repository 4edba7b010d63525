import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
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
 * What the job form chooses from: settings, job types, published templates, technicians and job
 * custom fields (read once per visit of the form), plus the searches it makes while the user types.
 */
@Injectable()
export class JobFormLookups {
  private readonly http = inject(HttpClient);
  readonly settings = signal<SettingsView | null>(null);
  readonly jobTypes = signal<JobType[]>([]);
  readonly templates = signal<ReportTemplateSummary[]>([]);
  readonly technicians = signal<TechnicianOption[]>([]);
  /** Active and inactive (inactive ones still name stored values). */
  readonly customFields = signal<CustomFieldDefinition[]>([]);
  readonly failed = signal(false);
  private readonly requested = new Set<string>();

  /** Everything the form chooses from. */
  load(): void {
    this.loadTechnicians();
    this.loadCustomFields();
    this.once('rest', () => {
      const fail = () => this.failed.set(true);
      this.http.get<SettingsView>('/api/settings').subscribe({ next: (s) => this.settings.set(s), error: fail });
      this.http.get<JobTypeList>('/api/job-types').subscribe({ next: (l) => this.jobTypes.set(l.items), error: fail });
      this.http
        .get<ReportTemplatePage>('/api/report-templates', { params: { status: 'published', limit: 200 } })
        .subscribe({ next: (p) => this.templates.set(p.items), error: fail });
    });
  }

  loadTechnicians(): void {
    this.once('technicians', () =>
      this.http.get<TechnicianList>('/api/users/technicians').subscribe({
        next: (l) => this.technicians.set(l.items),
        error: () => this.failed.set(true),
      }),
    );
  }

  loadCustomFields(): void {
    this.once('customFields', () =>
      this.http.get<CustomFieldDefinitionList>('/api/custom-fields', { params: { entity: 'job' } }).subscribe({
        next: (l) => this.customFields.set([...l.items].sort((a, b) => a.sortOrder - b.sortOrder)),
        error: () => this.failed.set(true),
      }),
    );
  }

  private once(name: string, load: () => void): void {
    if (this.requested.has(name)) return;
    this.requested.add(name);
    load();
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
