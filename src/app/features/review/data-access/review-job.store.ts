import { Injectable, inject, signal } from '@angular/core';
import type { AnswerCorrectionInput, JobEvent, ReviewNeighbours } from '@contract';
import type { JobDetail } from '@contract/jobs';
import { type Observable, catchError, firstValueFrom, forkJoin, of } from 'rxjs';
import { type ApiErrorInfo, toApiErrorInfo } from '../../../shared/util/api-error';
import { ReviewApi } from './review-api';

export type ReviewLoadState = 'loading' | 'loaded' | { error: ApiErrorInfo };

/** What a write ended with: done, the job changed meanwhile (412, reloaded), or another failure. */
export type ReviewWriteOutcome = { kind: 'done'; job: JobDetail } | { kind: 'stale' } | { kind: 'failed'; error: ApiErrorInfo };

/**
 * The job under review, its history and its neighbours in the queue, and the reviewer's writes.
 * Every write sends the version on screen (If-Match); a 412 reloads the job and says so.
 */
@Injectable()
export class ReviewJobStore {
  private readonly api = inject(ReviewApi);

  readonly job = signal<JobDetail | null>(null);
  readonly events = signal<JobEvent[]>([]);
  readonly neighbours = signal<ReviewNeighbours>({ previous: null, next: null });
  readonly state = signal<ReviewLoadState>('loading');
  readonly busy = signal(false);
  private loadingNumber: string | null = null;

  /** Reads the job, its history and neighbours; `quiet` keeps the page on screen (live reloads). */
  async load(number: string, quiet = false): Promise<void> {
    this.loadingNumber = number;
    if (!quiet) this.state.set('loading');
    try {
      const job = await firstValueFrom(this.api.byNumber(number));
      const [events, neighbours] = await firstValueFrom(
        forkJoin([
          this.api.events(job.id).pipe(catchError(() => of([] as JobEvent[]))),
          this.api.neighbours(number).pipe(catchError(() => of({ previous: null, next: null } as ReviewNeighbours))),
        ]),
      );
      if (this.loadingNumber !== number) return;
      this.job.set(job);
      this.events.set(events);
      this.neighbours.set(neighbours);
      this.state.set('loaded');
    } catch (error) {
      if (this.loadingNumber === number && !quiet) this.state.set({ error: toApiErrorInfo(error) });
    }
  }

  validate(): Promise<ReviewWriteOutcome> {
    return this.write((job) => this.api.validate(job.id, job.version));
  }

  reopen(reason: string): Promise<ReviewWriteOutcome> {
    return this.write((job) => this.api.reopen(job.id, job.version, reason));
  }

  correct(fieldId: string, input: AnswerCorrectionInput): Promise<ReviewWriteOutcome> {
    return this.write((job) => this.api.correctAnswer(job.id, job.version, fieldId, input));
  }

  private async write(call: (job: JobDetail) => Observable<JobDetail>): Promise<ReviewWriteOutcome> {
    const job = this.job();
    if (!job || this.busy()) return { kind: 'failed', error: { status: 0, code: 'unexpected', message: 'No job' } };
    this.busy.set(true);
    try {
      const fresh = await firstValueFrom(call(job));
      this.job.set(fresh);
      this.events.set(await firstValueFrom(this.api.events(fresh.id).pipe(catchError(() => of(this.events())))));
      return { kind: 'done', job: fresh };
    } catch (error) {
      const info = toApiErrorInfo(error);
      if (info.status === 412) {
        await this.load(job.number, true);
        return { kind: 'stale' };
      }
      return { kind: 'failed', error: info };
    } finally {
      this.busy.set(false);
    }
  }
}
