import type { Actions } from '@ngrx/effects';
import type { Action } from '@ngrx/store';
import { type Observable, of } from 'rxjs';

/** What an effect dispatches, for an effect fed synchronous actions. */
export function collect(effect: Observable<Action>): Action[] {
  const out: Action[] = [];
  effect.subscribe((a) => out.push(a));
  return out;
}

/** A stream of the given actions, to feed a functional effect in place of the store's. */
export const actionsOf = (...actions: Action[]) => of(...actions) as Actions;
