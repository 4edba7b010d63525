import { computed, signal } from '@angular/core';
import { type Observable, Subject, type Subscription, catchError, map, of, switchMap } from 'rxjs';
import { type ApiErrorInfo, toApiErrorInfo } from '../../../shared/util/api-error';

/**
 * Options for a picker, asked from the server as the user types. Only the latest question's
 * answer is kept (switchMap); a failure empties the options and says why.
 */
export class LiveSearch<T> {
  private readonly state = signal<{ options: readonly T[]; searched: boolean; error: ApiErrorInfo | null }>({
    options: [],
    searched: false,
    error: null,
  });
  private readonly queries = new Subject<string>();
  private readonly subscription: Subscription;

  readonly options = computed(() => this.state().options);
  readonly searched = computed(() => this.state().searched);
  readonly error = computed(() => this.state().error);

  constructor(fetch: (q: string) => Observable<readonly T[]>) {
    this.subscription = this.queries
      .pipe(
        switchMap((q) =>
          fetch(q).pipe(
            map((options) => ({ options, searched: true, error: null })),
            catchError((error: unknown) => of({ options: [] as readonly T[], searched: true, error: toApiErrorInfo(error) })),
          ),
        ),
      )
      .subscribe((state) => this.state.set(state));
  }

  search(q: string): void {
    this.queries.next(q);
  }

  clear(): void {
    this.state.set({ options: [], searched: false, error: null });
  }

  destroy(): void {
    this.subscription.unsubscribe();
  }
}
