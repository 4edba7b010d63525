import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Customer, CustomerInput, CustomerJobPage, CustomerPage, CustomFieldDefinitionList } from '@contract';
import type { Observable } from 'rxjs';
import { type KeysetWindow, windowParams } from '../../../shared/util/offset-keyset-datasource';
import type { CustomFieldFilter, CustomerSort } from './customer-query';

export interface CustomerPageRequest extends KeysetWindow {
  q?: string;
  sort: CustomerSort;
  /** Sent as `cf.<key>=<value>`. */
  cf?: CustomFieldFilter | null;
}

@Injectable({ providedIn: 'root' })
export class CustomersApi {
  private readonly http = inject(HttpClient);

  list(request: CustomerPageRequest): Observable<CustomerPage> {
    let params = new HttpParams({ fromObject: { sort: request.sort, ...windowParams(request) } });
    if (request.q) params = params.set('q', request.q);
    if (request.cf) params = params.set(`cf.${request.cf.key}`, request.cf.value);
    return this.http.get<CustomerPage>('/api/customers', { params });
  }

  /** The custom fields defined for customers (Settings › Custom fields), inactive ones included. */
  fieldDefinitions(): Observable<CustomFieldDefinitionList> {
    return this.http.get<CustomFieldDefinitionList>('/api/custom-fields', { params: { entity: 'customer' } });
  }

  get(id: string): Observable<Customer> {
    return this.http.get<Customer>(`/api/customers/${encodeURIComponent(id)}`);
  }

  create(input: CustomerInput): Observable<Customer> {
    return this.http.post<Customer>('/api/customers', input);
  }

  /** `If-Match` carries the version the edit started from; a newer one on the server answers 412. */
  update(id: string, version: number, input: CustomerInput): Observable<Customer> {
    const headers = new HttpHeaders({ 'If-Match': `"${version}"` });
    return this.http.patch<Customer>(`/api/customers/${encodeURIComponent(id)}`, input, { headers });
  }

  jobs(id: string, limit: number, cursor?: string | null): Observable<CustomerJobPage> {
    let params = new HttpParams().set('limit', limit);
    if (cursor) params = params.set('cursor', cursor);
    return this.http.get<CustomerJobPage>(`/api/customers/${encodeURIComponent(id)}/jobs`, { params });
  }
}
