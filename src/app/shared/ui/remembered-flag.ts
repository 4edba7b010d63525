import { type WritableSignal, effect, inject, signal } from '@angular/core';
import { GRID_OWNER } from './infinite-grid/grid-column-prefs';

/**
 * A yes/no choice of the page's user (a panel folded or open) that the next visit finds as it was
 * left: kept in this browser's localStorage under `fielddesk.<name>.<user id>`. Call it in an
 * injection context (a component's field).
 */
export function rememberedFlag(name: string, initial: boolean): WritableSignal<boolean> {
  const owner = inject(GRID_OWNER);
  const keyOf = () => (owner() ? `fielddesk.${name}.${owner()}` : null);
  let shownFor = keyOf();
  const flag = signal(readFlag(shownFor, initial));
  effect(() => {
    const key = keyOf();
    const value = flag();
    if (key !== shownFor) {
      // Another user signed in on this page: show their choice, never write ours under their name.
      shownFor = key;
      flag.set(readFlag(key, initial));
      return;
    }
    try {
      if (key) localStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Private browsing or a full quota: the choice still holds for this visit.
    }
  });
  return flag;
}

function readFlag(key: string | null, initial: boolean): boolean {
  try {
    const stored: unknown = key ? JSON.parse(localStorage.getItem(key) ?? 'null') : null;
    return typeof stored === 'boolean' ? stored : initial;
  } catch {
    return initial;
  }
}
