import { inject } from '@angular/core';
import { type NavigationExtras, Router } from '@angular/router';
import { Actions, createEffect } from '@ngrx/effects';
import type { Action, ActionCreator, Creator } from '@ngrx/store';
import { filter, tap } from 'rxjs';

/** Where an action leads: the router's commands, with extras (query params) where needed. */
export type Destination = readonly unknown[] | { commands: readonly unknown[]; extras: NavigationExtras };

export interface RouteRow {
  on: ActionCreator<string, Creator>;
  to: (action: Action) => Destination;
}

/** One row of a navigation table: this action leads there. */
export function route<AC extends ActionCreator<string, Creator>>(on: AC, to: (action: ReturnType<AC>) => Destination): RouteRow {
  return { on, to: to as (action: Action) => Destination };
}

/**
 * Navigation as a table rather than one hand-written `dispatch: false` effect per link: each row
 * names an action and where it leads.
 */
export function navigateEffect(...rows: RouteRow[]) {
  const byType = new Map(rows.map((row) => [row.on.type, row.to]));
  return createEffect(
    (actions$ = inject(Actions), router = inject(Router)) =>
      actions$.pipe(
        filter((action: Action) => byType.has(action.type)),
        tap((action) => {
          const destination = byType.get(action.type)!(action);
          if ('commands' in destination) void router.navigate([...destination.commands], destination.extras);
          else void router.navigate([...destination]);
        }),
      ),
    { functional: true, dispatch: false },
  );
}
