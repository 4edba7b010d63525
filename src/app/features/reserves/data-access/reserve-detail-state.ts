import { Injectable, inject, signal } from '@angular/core';
import { Observable, type Subscription } from 'rxjs';
import { type ApiErrorInfo, toApiErrorInfo } from '../../../shared/util/api-error';
import type { ReserveDetail, ReservePatch } from './reserve-model';
import { ReservesApi } from './reserves-api';

export type SaveOutcome = 'saved' | 'conflict' | 'failed';

/**
 * One reserve's page state. A change carries the version on screen (If-Match); when someone else
 * changed the reserve meanwhile (412) the new state is read and shown, and the caller keeps what
 * the user typed.
 */
@Injectable()
export class ReserveDetailState {
  private readonly api = inject(ReservesApi);
  private loading?: Subscription;

  readonly reserve = signal<ReserveDetail | null>(null);
  readonly loadError = signal<ApiErrorInfo | null>(null);
  readonly saving = signal(false);
  readonly conflict = signal(false);
  readonly saveError = signal<ApiErrorInfo | null>(null);

  load(id: string): void {
    this.loading?.unsubscribe();
    this.loadError.set(null);
    this.loading = this.api.get(id).subscribe({
      next: (reserve) => this.reserve.set(reserve),
      error: (error: unknown) => this.loadError.set(toApiErrorInfo(error)),
    });
  }

  save(patch: ReservePatch): Observable<SaveOutcome> {
    return new Observable<SaveOutcome>((subscriber) => {
      const current = this.reserve();
      if (!current || this.saving()) {
        subscriber.complete();
        return;
      }
      this.saving.set(true);
      this.saveError.set(null);
      this.conflict.set(false);
      return this.api.patch(current.id, current.version, patch).subscribe({
        next: (reserve) => {
          this.saving.set(false);
          this.reserve.set(reserve);
          subscriber.next('saved');
          subscriber.complete();
        },
        error: (error: unknown) => {
          this.saving.set(false);
          const info = toApiErrorInfo(error);
          if (info.status === 412) {
            this.conflict.set(true);
            this.load(current.id);
            subscriber.next('conflict');
          } else {
            this.saveError.set(info);
            subscriber.next('failed');
          }
          subscriber.complete();
        },
      });
    });
  }

  dismissConflict(): void {
    this.conflict.set(false);
  }
}
