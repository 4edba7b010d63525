import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import type { JobRow } from '../jobs/job-transitions';

/**
 * When the job manager ends a job (inside the end's transaction, before its live event): the
 * take-backs' units move (OK → the caller's van, usable; needs repair → the van, blocked;
 * obsolete → retired) and the serialized parts installed on the job leave the van for the
 * customer's site. Owned by the field-invoicing work (issue 7).
 */
export async function settleJobParts(_trx: Kysely<Database>, _job: JobRow, _actor: Actor | null): Promise<void> {
  // Filled in by the field-invoicing work.
}
