import { type MonoTypeOperatorFunction, type SchedulerLike, asyncScheduler, debounceTime, distinctUntilChanged, map } from 'rxjs';

/** How long a picker waits for the user to pause typing before it searches. */
export const SEARCH_QUIET_MS = 250;

/** What a picker searches for: the typed text, trimmed, once the user pauses, and only when it changed. */
export function pausedTyping(scheduler: SchedulerLike = asyncScheduler): MonoTypeOperatorFunction<string> {
  return (typed$) => typed$.pipe(map((q) => q.trim()), debounceTime(SEARCH_QUIET_MS, scheduler), distinctUntilChanged());
}
