import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AnswerCorrectionInput, CustomerSummary, JobEvent, ReviewNeighbours, ReviewQueuePage, ReviewQueueQuery, TakeBackResolutionInput, TechnicianOption } from '@contract';
import type { JobDetail } from '@contract/jobs';
import { type Observable, map } from 'rxjs';

const jobPath = (id: string) => `/api/jobs/${encodeURIComponent(id)}`;
/** The version the reviewer looked at; a newer one on the server answers 412. */
const ifMatch = (version: number) => ({ headers: new HttpHeaders({ 'If-Match': `"${version}"` }) });

/** The review queue, its neighbours, and the reviewer's writes on a returned job. */
@Injectable({ providedIn: 'root' })
export class ReviewApi {
  private readonly http = inject(HttpClient);

  queue(query: ReviewQueueQuery, limit: number, cursor?: string): Observable<ReviewQueuePage> {
    let params = new HttpParams().set('limit', limit);
    for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== null) params = params.set(key, String(value));
    if (cursor) params = params.set('cursor', cursor);
    return this.http.get<ReviewQueuePage>('/api/review/queue', { params });
  }

  technicians(): Observable<TechnicianOption[]> {
    return this.http.get<{ items: TechnicianOption[] }>('/api/users/technicians').pipe(map((page) => page.items));
  }

  /** Customers whose name starts with `q` (the customer filter). */
  customers(q: string): Observable<CustomerSummary[]> {
    const params = new HttpParams().set('q', q).set('limit', 10);
    return this.http.get<{ items: CustomerSummary[] }>('/api/customers', { params }).pipe(map((page) => page.items));
  }

  /** Whether correcting an answer clears the signatures (signaturesClearedOnEdit). */
  signaturesClearedOnEdit(): Observable<boolean> {
    return this.http.get<{ signaturesClearedOnEdit: boolean }>('/api/settings').pipe(map((s) => s.signaturesClearedOnEdit));
  }

  neighbours(number: string): Observable<ReviewNeighbours> {
    return this.http.get<ReviewNeighbours>(`/api/review/neighbours/${encodeURIComponent(number)}`);
  }

  byNumber(number: string): Observable<JobDetail> {
    return this.http.get<JobDetail>(`/api/jobs/by-number/${encodeURIComponent(number)}`);
  }

  events(id: string): Observable<JobEvent[]> {
    return this.http
      .get<JobEvent[] | { items: JobEvent[] }>(`${jobPath(id)}/events`)
      .pipe(map((answer) => (Array.isArray(answer) ? answer : answer.items)));
  }

  validate(id: string, version: number): Observable<JobDetail> {
    return this.http.post<JobDetail>(`${jobPath(id)}/validate`, {}, ifMatch(version));
  }

  reopen(id: string, version: number, reason: string): Observable<JobDetail> {
    return this.http.post<JobDetail>(`${jobPath(id)}/reopen`, { reason }, ifMatch(version));
  }

  correctAnswer(id: string, version: number, fieldId: string, input: AnswerCorrectionInput): Observable<JobDetail> {
    return this.http.put<JobDetail>(`${jobPath(id)}/answers/${encodeURIComponent(fieldId)}`, input, ifMatch(version));
  }

  /** Settles a take-back recorded somewhere else; answers its job. A take-back has no version: a second answer is a 409. */
  settleTakeBack(takeBackId: string, input: TakeBackResolutionInput): Observable<JobDetail> {
    return this.http.post<JobDetail>(`/api/take-backs/${encodeURIComponent(takeBackId)}/resolution`, input);
  }
}

export const reportPdfUrl = (id: string) => `${jobPath(id)}/report.pdf`;
