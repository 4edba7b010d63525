import type { ReserveStatus } from '@contract';
import type { ReservePatch } from './reserve-model';

export interface StatusFormValue {
  status: ReserveStatus | null;
  comment: string;
}

export type StatusFormProblem = 'sameStatus' | 'commentRequired';

/**
 * The "Change status" rules: a different status than the current one, and a comment saying why
 * (kept in the history). The body sent is the trimmed comment with the new status.
 */
export function statusChange(current: ReserveStatus, value: StatusFormValue): { patch: ReservePatch } | { problem: StatusFormProblem } {
  if (!value.status || value.status === current) return { problem: 'sameStatus' };
  const comment = value.comment.trim();
  if (!comment) return { problem: 'commentRequired' };
  return { patch: { status: value.status, comment } };
}

/** A comment alone (no status change): only when there is something to say. */
export function commentOnly(comment: string): ReservePatch | null {
  const text = comment.trim();
  return text ? { comment: text } : null;
}
