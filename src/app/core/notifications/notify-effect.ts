import type { ActionCreator, Creator } from '@ngrx/store';
import { type ActionRow, actionRow, actionTableEffect } from '../../shared/data/action-table-effect';
import type { ApiErrorInfo } from '../../shared/util/api-error';
import { Notifier } from './notifier';

/** What the snackbar says: a message key (and its params), an API problem in its own words, or nothing. */
export type Notice = { key: string; params?: Record<string, unknown> } | { error: ApiErrorInfo } | null;

/** One row of a notification table: this action shows that message (a fixed key, or one built from the action). */
export function notice<AC extends ActionCreator<string, Creator>>(
  on: AC,
  say: string | ((action: ReturnType<AC>) => Notice),
): ActionRow<Notice> {
  return actionRow(on, typeof say === 'string' ? () => ({ key: say }) : say);
}

/** The failure's own message (`errors.<code>`), for failure actions that carry the problem. */
export const apiProblem = ({ error }: { error: ApiErrorInfo }): Notice => ({ error });

/** A form shows 400 (invalid fields) and 412 (changed meanwhile) itself; any other problem gets a snackbar. */
export const problemNotShownInForm = ({ error }: { error: ApiErrorInfo }): Notice =>
  error.status === 400 || error.status === 412 ? null : { error };

/** Snackbars as a table: each row names an action and what to tell the user about it. */
export function notifyEffect(...rows: ActionRow<Notice>[]) {
  return actionTableEffect(Notifier, rows, show);
}

function show(notifier: Notifier, said: Notice): void {
  if (said === null) return;
  if ('error' in said) notifier.error(said.error);
  else if (said.params) notifier.info(said.key, said.params);
  else notifier.info(said.key);
}
