import { type NavigationExtras, Router } from '@angular/router';
import type { ActionCreator, Creator } from '@ngrx/store';
import { type ActionRow, actionRow, actionTableEffect } from '../../shared/data/action-table-effect';

/** Where an action leads: the router's commands, with extras (query params) where needed. */
export type Destination = readonly unknown[] | { commands: readonly unknown[]; extras: NavigationExtras };

/** One row of a navigation table: this action leads there. */
export function route<AC extends ActionCreator<string, Creator>>(
  on: AC,
  to: (action: ReturnType<AC>) => Destination,
): ActionRow<Destination> {
  return actionRow(on, to);
}

/** Navigation as a table: each row names an action and where it leads. */
export function navigateEffect(...rows: ActionRow<Destination>[]) {
  return actionTableEffect(Router, rows, go);
}

function go(router: Router, destination: Destination): void {
  if ('commands' in destination) void router.navigate([...destination.commands], destination.extras);
  else void router.navigate([...destination]);
}
