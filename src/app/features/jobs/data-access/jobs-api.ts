import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Customer, CustomerPage, TechnicianList } from '@contract';
import type { JobDetail, JobRescheduleInput } from '@contract/jobs';
import type { JobPage } from '@contract/jobs-list';
import type { Observable } from 'rxjs';
import { type KeysetWindow, windowParams } from '../../../shared/util/offset-keyset-datasource';

export interface JobPageRequest extends KeysetWindow {
  /** The filter parameters of the query (see filterParams). */
  filters: Record<string, string>;
}

@Injectable({ providedIn: 'root' })
export class JobsApi {
  private readonly http = inject(HttpClient);

  list(request: JobPageRequest): Observable<JobPage> {
    const params = new HttpParams({ fromObject: { ...request.filters, ...windowParams(request) } });
    return this.http.get<JobPage>('/api/jobs', { params });
  }

  get(id: string): Observable<JobDetail> {
    return this.http.get<JobDetail>(`/api/jobs/${encodeURIComponent(id)}`);
  }

  /** `If-Match` carries the version the dispatcher saw; a newer one on the server answers 412. */
  reschedule(id: string, version: number, input: JobRescheduleInput): Observable<JobDetail> {
    const headers = new HttpHeaders({ 'If-Match': `"${version}"` });
    return this.http.post<JobDetail>(`/api/jobs/${encodeURIComponent(id)}/reschedule`, input, { headers });
  }

  technicians(): Observable<TechnicianList> {
    return this.http.get<TechnicianList>('/api/users/technicians');
  }

  searchCustomers(q: string, limit = 10): Observable<CustomerPage> {
    return this.http.get<CustomerPage>('/api/customers', { params: { q, limit, sort: 'name' } });
  }

  customer(id: string): Observable<Customer> {
    return this.http.get<Customer>(`/api/customers/${encodeURIComponent(id)}`);
  }
}
