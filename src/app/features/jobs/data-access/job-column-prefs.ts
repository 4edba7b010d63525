import { Injectable, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { selectUser } from '../../../core/auth/auth.feature';

/** Which optional columns a user hid, and the widths they dragged columns to. */
export interface JobColumnChoice {
  hidden: string[];
  widths: Record<string, number>;
}

export const noColumnChoice: JobColumnChoice = { hidden: [], widths: {} };

/**
 * The jobs grid's columns as each user left them, in this browser's localStorage under the
 * user's id (two people sharing a browser keep their own grid).
 */
@Injectable({ providedIn: 'root' })
export class JobColumnPrefs {
  private readonly user = inject(Store).selectSignal(selectUser);
  private readonly storageKey = computed(() => {
    const id = this.user()?.id;
    return id ? `fielddesk.jobColumns.${id}` : null;
  });

  read(): JobColumnChoice {
    const key = this.storageKey();
    if (!key) return noColumnChoice;
    try {
      return parseChoice(JSON.parse(localStorage.getItem(key) ?? 'null'));
    } catch {
      return noColumnChoice;
    }
  }

  write(choice: JobColumnChoice): void {
    const key = this.storageKey();
    if (key) localStorage.setItem(key, JSON.stringify(choice));
  }
}

/** Whatever was stored (older shapes, hand edits) becomes a valid choice. */
export function parseChoice(stored: unknown): JobColumnChoice {
  if (typeof stored !== 'object' || stored === null) return noColumnChoice;
  const { hidden, widths } = stored as Record<string, unknown>;
  return {
    hidden: Array.isArray(hidden) ? hidden.filter((k): k is string => typeof k === 'string') : [],
    widths:
      typeof widths === 'object' && widths !== null
        ? Object.fromEntries(
            Object.entries(widths).filter(([, w]) => typeof w === 'number' && Number.isFinite(w) && w >= 40 && w <= 2000),
          )
        : {},
  };
}
