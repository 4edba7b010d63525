import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { JobBoard, JobDetail, JobRescheduleInput } from '@contract';
import type { Observable } from 'rxjs';

/** The period a board shows: [from, to) in UTC ISO text. */
export interface BoardQuery {
  from: string;
  to: string;
}

@Injectable({ providedIn: 'root' })
export class ScheduleBoardApi {
  private readonly http = inject(HttpClient);

  board({ from, to }: BoardQuery): Observable<JobBoard> {
    return this.http.get<JobBoard>('/api/jobs/board', { params: new HttpParams().set('from', from).set('to', to) });
  }

  /** `If-Match` carries the version the board showed: the server refuses (412) a job changed since. */
  reschedule(jobId: string, version: number, body: JobRescheduleInput): Observable<JobDetail> {
    const headers = new HttpHeaders({ 'If-Match': `"${version}"` });
    return this.http.post<JobDetail>(`/api/jobs/${encodeURIComponent(jobId)}/reschedule`, body, { headers });
  }
}
