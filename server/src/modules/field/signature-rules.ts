import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { writeJobEvent, type EventSource } from '../job-lifecycle';
import { settingsFor } from '../settings';

/**
 * After an edit of a job's report (a technician's answer, a manager's correction): when the
 * `signaturesClearedOnEdit` setting is on, the job's signatures are removed (a history line says so).
 * Answers whether any were cleared. Call it inside the edit's transaction, before its `touchJob`
 * (the edit's own history line, audit row and live event cover the change).
 */
export async function clearSignaturesAfterEdit(trx: Kysely<Database>, jobId: string, actor: Actor | null): Promise<boolean> {
  const settings = await settingsFor(trx);
  if (!settings.signaturesClearedOnEdit) return false;
  const signatures = await trx
    .selectFrom('signatures')
    .select(['id', 'signer', 'signerName'])
    .where('jobId', '=', jobId)
    .orderBy('signer')
    .execute();
  if (signatures.length === 0) return false;
  await trx.deleteFrom('signatures').where('jobId', '=', jobId).execute();
  for (const signature of signatures) {
    await writeJobEvent(trx, {
      jobId,
      type: 'signature_cleared',
      actorId: actor?.id ?? null,
      source: sourceOf(actor),
      data: { signer: signature.signer, signerName: signature.signerName, reason: 'report_edited' },
    });
  }
  return true;
}

function sourceOf(actor: Actor | null): EventSource {
  if (!actor) return 'system';
  return actor.role === 'technician' ? 'field' : 'console';
}
