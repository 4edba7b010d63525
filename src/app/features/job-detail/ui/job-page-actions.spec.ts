import type { JobStatus } from '@contract';
import { jobStatuses } from '@contract/rules';
import { serverActionsFor } from '../../../../testing/job-fixtures';
import { type JobPageAction, jobPageActions } from './job-page-actions';

const forStatus = (status: JobStatus, canWrite = true) => jobPageActions({ status, allowedActions: serverActionsFor(status) }, canWrite);

describe('job page actions', () => {
  it('offers what each status allows to the people who plan jobs', () => {
    const expected: Record<JobStatus, JobPageAction[]> = {
      created: ['edit', 'confirm_schedule', 'reschedule', 'reassign', 'duplicate', 'cancel'],
      draft: ['edit', 'confirm_schedule', 'reschedule', 'reassign', 'duplicate', 'cancel'],
      scheduled: ['edit', 'reschedule', 'reassign', 'duplicate', 'cancel'],
      synchronized: ['edit', 'reschedule', 'reassign', 'duplicate', 'cancel'],
      started: ['duplicate', 'cancel'],
      paused: ['duplicate', 'cancel'],
      completed: ['duplicate', 'review'],
      validated: ['duplicate'],
      cancelled: ['duplicate'],
    };
    for (const status of jobStatuses) {
      expect(forStatus(status)).withContext(status).toEqual(expected[status]);
    }
  });

  it('offers supervisors nothing to change, only the review of a returned job', () => {
    for (const status of jobStatuses) {
      expect(forStatus(status, false)).withContext(status).toEqual(status === 'completed' ? ['review'] : []);
    }
  });

  it('follows the server: an action it does not allow is not offered', () => {
    expect(jobPageActions({ status: 'draft', allowedActions: ['cancel'] }, true)).toEqual(['cancel']);
  });
});
