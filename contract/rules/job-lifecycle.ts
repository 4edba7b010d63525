import type { JobStatus } from './common';

/**
 * The job state machine: every status change, from the console or the technician app, is one of
 * these actions and goes through the server's `transitionJob`. The console reads the same table
 * to offer only the actions a job's status allows. A refused action answers 409
 * `invalid_transition` with the job's current status.
 */
export const jobActions = [
  'plan_draft',
  'confirm_schedule',
  'unassign',
  'synchronize',
  'start',
  'pause',
  'resume',
  'end',
  'decline',
  'cancel',
  'validate',
  'reopen',
] as const;
export type JobAction = (typeof jobActions)[number];

export interface JobTransition {
  /** Statuses the action may leave from. */
  from: readonly JobStatus[];
  to: JobStatus;
  /** Who performs it: the console (dispatch, review), the technician app, or both. */
  by: 'console' | 'field';
  /** The job event written to the history. */
  event: string;
}

const notStarted = ['created', 'draft', 'scheduled', 'synchronized'] as const satisfies readonly JobStatus[];

export const JOB_TRANSITIONS: Readonly<Record<JobAction, JobTransition>> = {
  /** A tentative schedule: technicians do not see it yet. */
  plan_draft: { from: ['created', 'scheduled', 'synchronized'], to: 'draft', by: 'console', event: 'drafted' },
  /** Technician and dates confirmed: the job appears in the technician's app. */
  confirm_schedule: { from: ['created', 'draft'], to: 'scheduled', by: 'console', event: 'scheduled' },
  /** Technician or date removed (or the job declined): back to the job pool. */
  unassign: { from: ['draft', 'scheduled', 'synchronized'], to: 'created', by: 'console', event: 'unassigned' },
  synchronize: { from: ['scheduled'], to: 'synchronized', by: 'field', event: 'synchronized' },
  /** A repeated start on a started job is harmless: `transitionJob` answers the job unchanged. */
  start: { from: ['scheduled', 'synchronized'], to: 'started', by: 'field', event: 'started' },
  pause: { from: ['started'], to: 'paused', by: 'field', event: 'paused' },
  resume: { from: ['paused'], to: 'started', by: 'field', event: 'resumed' },
  /** Only the job manager, and only with every visible mandatory field answered. */
  end: { from: ['started', 'paused'], to: 'completed', by: 'field', event: 'completed' },
  decline: { from: ['scheduled', 'synchronized'], to: 'created', by: 'field', event: 'declined' },
  cancel: { from: [...notStarted, 'started', 'paused'], to: 'cancelled', by: 'console', event: 'cancelled' },
  validate: { from: ['completed'], to: 'validated', by: 'console', event: 'validated' },
  /** Back to the same technicians, report kept. */
  reopen: { from: ['completed'], to: 'scheduled', by: 'console', event: 'reopened' },
};

export function canTransition(status: JobStatus, action: JobAction): boolean {
  return JOB_TRANSITIONS[action].from.includes(status);
}

/** Actions a job in `status` allows, for one side (console buttons, technician app). */
export function allowedActions(status: JobStatus, by: JobTransition['by']): JobAction[] {
  return jobActions.filter((action) => JOB_TRANSITIONS[action].by === by && canTransition(status, action));
}

/** Statuses in which planning (technicians, dates, site, description…) may still be edited. */
export const editableStatuses: readonly JobStatus[] = notStarted;
/** Statuses in which the technicians work on the report (answers, reserves, photos, items…). */
export const workingStatuses: readonly JobStatus[] = ['started', 'paused'];
/** Final statuses: nothing changes any more. */
export const closedStatuses: readonly JobStatus[] = ['validated', 'cancelled'];
