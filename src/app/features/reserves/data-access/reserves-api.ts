import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CustomerPage, TechnicianList } from '@contract';
import type {
  ReserveBulkInput,
  ReserveBulkResult,
  ReserveDetail,
  ReserveEvents,
  ReserveFollowUpInput,
  ReserveFollowUpResult,
  ReservePage,
  ReservePatch,
  ReserveStats,
} from './reserve-model';
import { windowParams } from '../../../shared/util/offset-keyset-datasource';

export interface ReservePageRequest {
  /** The filter parameters of the query (see filterParams). */
  filters: Record<string, string>;
  limit: number;
  /** Keyset position: the previous block's `nextCursor`. */
  cursor?: string;
}

export interface SupervisorOption {
  id: string;
  displayName: string;
}

const path = (id: string) => `/api/reserves/${encodeURIComponent(id)}`;

@Injectable({ providedIn: 'root' })
export class ReservesApi {
  private readonly http = inject(HttpClient);

  list(request: ReservePageRequest) {
    const params = new HttpParams({ fromObject: { ...request.filters, ...windowParams(request) } });
    return this.http.get<ReservePage>('/api/reserves', { params });
  }

  get(id: string) {
    return this.http.get<ReserveDetail>(path(id));
  }

  events(id: string) {
    return this.http.get<ReserveEvents>(`${path(id)}/events`);
  }

  /** `If-Match` carries the version the supervisor saw; a newer one on the server answers 412. */
  patch(id: string, version: number, patch: ReservePatch) {
    const headers = new HttpHeaders({ 'If-Match': `"${version}"` });
    return this.http.patch<ReserveDetail>(path(id), patch, { headers });
  }

  bulk(input: ReserveBulkInput) {
    return this.http.post<ReserveBulkResult>('/api/reserves/bulk', input);
  }

  createFollowUp(id: string, input: ReserveFollowUpInput) {
    return this.http.post<ReserveFollowUpResult>(`${path(id)}/follow-up-job`, input);
  }

  stats() {
    return this.http.get<ReserveStats>('/api/reserves/stats');
  }

  technicians() {
    return this.http.get<TechnicianList>('/api/users/technicians');
  }

  /** Active supervisors and administrators: whom a reserve may be assigned to (readable by every console role). */
  supervisors() {
    return this.http.get<{ items: SupervisorOption[] }>('/api/users/assignees');
  }

  searchCustomers(q: string, limit = 10) {
    return this.http.get<CustomerPage>('/api/customers', { params: { q, limit, sort: 'name' } });
  }
}
