import type { JobStatus } from '@contract';
import type { JobDetailAction } from '@contract/jobs';

/** The buttons of a job's header, in this order. `reassign` is a reschedule that opens on the technicians. */
export const jobPageActionOrder = ['edit', 'confirm_schedule', 'reschedule', 'reassign', 'duplicate', 'cancel', 'review'] as const;
export type JobPageAction = (typeof jobPageActionOrder)[number];

/**
 * What the header offers: what the server says the status allows (JobDetail.allowedActions), for the
 * people who plan jobs; a returned job can be opened in the review by everyone (supervisors only read).
 */
export function jobPageActions(job: { status: JobStatus; allowedActions: readonly JobDetailAction[] }, canWrite: boolean): JobPageAction[] {
  const allowed = new Set<string>(job.allowedActions);
  const offered = new Set<JobPageAction>();
  if (canWrite) {
    if (allowed.has('edit')) offered.add('edit');
    if (allowed.has('confirm_schedule')) offered.add('confirm_schedule');
    if (allowed.has('reschedule')) {
      offered.add('reschedule');
      offered.add('reassign');
    }
    if (allowed.has('duplicate')) offered.add('duplicate');
    if (allowed.has('cancel')) offered.add('cancel');
  }
  if (job.status === 'completed') offered.add('review');
  return jobPageActionOrder.filter((action) => offered.has(action));
}
