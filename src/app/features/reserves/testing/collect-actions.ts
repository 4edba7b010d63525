import type { Action } from '@ngrx/store';
import type { Observable } from 'rxjs';

/** What an effect dispatches, for an effect fed synchronous actions. */
export function collect(effect: Observable<Action>): Action[] {
  const out: Action[] = [];
  effect.subscribe((a) => out.push(a));
  return out;
}
