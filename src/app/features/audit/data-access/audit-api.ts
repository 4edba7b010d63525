import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AuditPage, UserPage } from '@contract';
import type { Observable } from 'rxjs';
import { auditParams, type AuditFilters } from './audit-filters';

@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  list(filters: AuditFilters, limit: number, cursor?: string | null): Observable<AuditPage> {
    return this.http.get<AuditPage>('/api/audit', { params: auditParams(filters, limit, cursor) });
  }

  /** People to filter by (an account has hundreds at most). */
  people(): Observable<UserPage> {
    return this.http.get<UserPage>('/api/users', { params: { limit: 500 } });
  }
}
