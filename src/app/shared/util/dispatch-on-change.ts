import { type EffectRef, effect, inject, untracked } from '@angular/core';
import { type Action, Store } from '@ngrx/store';

/** From a page's constructor: dispatches `action(value)` once the input is set and again each time it changes. */
export function dispatchOnChange<T>(value: () => T, action: (value: T) => Action): EffectRef {
  const store = inject(Store);
  return effect(() => {
    const current = value();
    untracked(() => store.dispatch(action(current)));
  });
}
