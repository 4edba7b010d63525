import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CustomerJobPage, JobAttachment, JobEvent } from '@contract';
import type { JobCancelInput, JobDetail, JobInput, JobPatch, JobRescheduleInput } from '@contract/jobs';
import { type Observable, map } from 'rxjs';

const path = (id: string) => `/api/jobs/${encodeURIComponent(id)}`;
/** The version an action or an edit started from; a newer one on the server answers 412. */
const ifMatch = (version: number) => ({ headers: new HttpHeaders({ 'If-Match': `"${version}"` }) });

/** One job: read by number, create, edit, and the status actions of the console. */
@Injectable({ providedIn: 'root' })
export class JobDetailApi {
  private readonly http = inject(HttpClient);

  byNumber(number: string): Observable<JobDetail> {
    return this.http.get<JobDetail>(`/api/jobs/by-number/${encodeURIComponent(number)}`);
  }

  get(id: string): Observable<JobDetail> {
    return this.http.get<JobDetail>(path(id));
  }

  create(input: JobInput): Observable<JobDetail> {
    return this.http.post<JobDetail>('/api/jobs', input);
  }

  update(id: string, version: number, patch: JobPatch): Observable<JobDetail> {
    return this.http.patch<JobDetail>(path(id), patch, ifMatch(version));
  }

  schedule(id: string, version: number): Observable<JobDetail> {
    return this.http.post<JobDetail>(`${path(id)}/schedule`, {}, ifMatch(version));
  }

  reschedule(id: string, version: number, input: JobRescheduleInput): Observable<JobDetail> {
    return this.http.post<JobDetail>(`${path(id)}/reschedule`, input, ifMatch(version));
  }

  cancel(id: string, version: number, input: JobCancelInput): Observable<JobDetail> {
    return this.http.post<JobDetail>(`${path(id)}/cancel`, input, ifMatch(version));
  }

  /** Answers the copy. */
  duplicate(id: string, version: number): Observable<JobDetail> {
    return this.http.post<JobDetail>(`${path(id)}/duplicate`, {}, ifMatch(version));
  }

  events(id: string): Observable<JobEvent[]> {
    return this.http
      .get<JobEvent[] | { items: JobEvent[] }>(`${path(id)}/events`)
      .pipe(map((answer) => (Array.isArray(answer) ? answer : answer.items)));
  }

  customerJobs(customerId: string, limit: number): Observable<CustomerJobPage> {
    const params = new HttpParams().set('limit', limit);
    return this.http.get<CustomerJobPage>(`/api/customers/${encodeURIComponent(customerId)}/jobs`, { params });
  }

  /** A document or photo for the technician (multipart: the file and an optional description). */
  uploadDocument(jobId: string, file: File, description?: string): Observable<JobAttachment> {
    const body = new FormData();
    if (description) body.append('description', description);
    body.append('file', file, file.name);
    return this.http.post<JobAttachment>(`${path(jobId)}/attachments`, body);
  }

  deleteAttachment(jobId: string, attachmentId: string): Observable<void> {
    return this.http.delete<void>(`${path(jobId)}/attachments/${encodeURIComponent(attachmentId)}`);
  }
}
