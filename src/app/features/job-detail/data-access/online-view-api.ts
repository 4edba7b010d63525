import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { OnlineView } from '@contract';
import type { Observable } from 'rxjs';

const path = (jobId: string) => `/api/jobs/${encodeURIComponent(jobId)}/online-view`;

/** A job's online-view link for the customer: read it, revoke it, issue a new one. */
@Injectable({ providedIn: 'root' })
export class OnlineViewApi {
  private readonly http = inject(HttpClient);

  get(jobId: string): Observable<OnlineView> {
    return this.http.get<OnlineView>(path(jobId));
  }

  revoke(jobId: string): Observable<OnlineView> {
    return this.http.post<OnlineView>(`${path(jobId)}/revoke`, {});
  }

  reissue(jobId: string): Observable<OnlineView> {
    return this.http.post<OnlineView>(`${path(jobId)}/reissue`, {});
  }
}
