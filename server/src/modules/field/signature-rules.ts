import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';

/**
 * After an edit of a job's report (a technician's answer, a manager's correction): when the
 * `signaturesClearedOnEdit` setting is on, the job's signatures are removed (a history line says so).
 * Answers whether any were cleared. Owned by the field-media work (issue 7).
 */
export async function clearSignaturesAfterEdit(_trx: Kysely<Database>, _jobId: string, _actor: Actor | null): Promise<boolean> {
  return false; // Filled in by the field-media work.
}
