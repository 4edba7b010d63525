import type { FieldJobCopy } from '@contract';
import { FieldApiError } from './field-client';
import type { PerformOptions } from './perform-job';

/**
 * Step 1.2 of the source: a second visit will be needed, so the technician duplicates the job
 * without dates — the copy goes to dispatch's job pool. When the administrator has not turned on
 * job creation in the app, the server refuses (403 job_creation_disabled) and the app says so.
 */
export async function duplicateJob(jobId: string, options: PerformOptions): Promise<void> {
  try {
    const copy = await options.client.write<FieldJobCopy>('POST', `/jobs/${jobId}/duplicate`, {});
    if (copy.status !== 'created' || copy.assignedToYou) throw new Error(`${copy.number}: a copy without dates must go to the job pool`);
    options.tally.duplicates++;
  } catch (error) {
    if (!(error instanceof FieldApiError) || error.code !== 'job_creation_disabled') throw error;
    options.tally.duplicatesRefused++;
  }
}
