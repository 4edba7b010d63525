import { Injectable, InjectionToken, type Signal, inject, signal } from '@angular/core';

/** Which columns a user hid in one grid, and the widths they dragged its columns to. */
export interface GridColumnChoice {
  hidden: string[];
  widths: Record<string, number>;
}

export const noColumnChoice: GridColumnChoice = { hidden: [], widths: {} };

/** The signed-in user's id (core provides it): each user keeps their own columns. */
export const GRID_OWNER = new InjectionToken<Signal<string | null>>('GRID_OWNER', { factory: () => signal(null) });

/**
 * Every grid's columns as each user left them, in this browser's localStorage under the grid's
 * id and the user's id (two people sharing a browser keep their own grids). The jobs grid
 * (`job`) keeps the key it always had: `fielddesk.jobColumns.<user>`.
 */
@Injectable({ providedIn: 'root' })
export class GridColumnPrefs {
  private readonly owner = inject(GRID_OWNER);
  // Bumped on each write so that readers inside a computed read again.
  private readonly writes = signal(0);

  /** Reactive: follows the user and every write. */
  read(gridId: string): GridColumnChoice {
    this.writes();
    const key = this.key(gridId);
    if (!key) return noColumnChoice;
    try {
      return parseChoice(JSON.parse(localStorage.getItem(key) ?? 'null'));
    } catch {
      return noColumnChoice;
    }
  }

  hide(gridId: string, hidden: string[]): void {
    this.write(gridId, { ...this.read(gridId), hidden });
  }

  resize(gridId: string, colId: string, width: number): void {
    const choice = this.read(gridId);
    this.write(gridId, { ...choice, widths: { ...choice.widths, [colId]: Math.round(width) } });
  }

  private write(gridId: string, choice: GridColumnChoice): void {
    const key = this.key(gridId);
    if (!key) return;
    localStorage.setItem(key, JSON.stringify(choice));
    this.writes.update((n) => n + 1);
  }

  private key(gridId: string): string | null {
    const owner = this.owner();
    return owner ? `fielddesk.${gridId}Columns.${owner}` : null;
  }
}

/** Whatever was stored (older shapes, hand edits) becomes a valid choice. */
export function parseChoice(stored: unknown): GridColumnChoice {
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
