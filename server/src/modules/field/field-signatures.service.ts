import type { Kysely } from 'kysely';
import type { JobSignature, SignatureInput, Signer } from '@contract';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { nowIso } from '../../shared/clock';
import { notFound } from '../../shared/errors';
import { writeJobEvent, touchJob } from '../job-lifecycle';
import { checkSignaturePng } from '../attachments';
import { assertOnJob } from './field-attachments.service';
import { inWorkingJob } from './field-job-access';
import type { UnitOfWork } from '../../plugins/unit-of-work';

/**
 * The customer's or the technician's signature, with the signer's name. Signing again replaces the
 * signature ("clear and redo": the history shows the clearing, then the new signature).
 */
export async function putSignature(
  db: Kysely<Database>,
  jobId: string,
  signer: Signer,
  input: SignatureInput,
  actor: Actor,
): Promise<JobSignature> {
  await assertOnJob(db, jobId, actor.id);
  const image = await checkSignaturePng(input.image);
  return inWorkingJob(db, jobId, actor, async (uow, job) => {
    const { trx } = uow;
    const previous = await findSignature(trx, job.id, signer);
    if (previous) {
      await trx.deleteFrom('signatures').where('id', '=', previous.id).execute();
      await writeJobEvent(trx, {
        jobId: job.id,
        type: 'signature_cleared',
        actorId: actor.id,
        source: 'field',
        data: { signer, signerName: previous.signerName },
      });
    }
    const signature: JobSignature = { signer, signerName: input.signerName, image, signedBy: actor.id, signedAt: nowIso() };
    await trx.insertInto('signatures').values({ id: crypto.randomUUID(), jobId: job.id, ...signature }).execute();
    await recordSignatureChange(uow, job, actor, signer, 'signed', { before: previous?.signerName ?? null, after: input.signerName });
    return signature;
  });
}

/** Clears a signature (404 when there is none). */
export async function clearSignature(db: Kysely<Database>, jobId: string, signer: Signer, actor: Actor): Promise<void> {
  await inWorkingJob(db, jobId, actor, async (uow, job) => {
    const { trx } = uow;
    const previous = await findSignature(trx, job.id, signer);
    if (!previous) throw notFound('This signature');
    await trx.deleteFrom('signatures').where('id', '=', previous.id).execute();
    await recordSignatureChange(uow, job, actor, signer, 'signature_cleared', { before: previous.signerName, after: null });
  });
}

function findSignature(db: Kysely<Database>, jobId: string, signer: Signer) {
  return db.selectFrom('signatures').select(['id', 'signerName']).where('jobId', '=', jobId).where('signer', '=', signer).executeTakeFirst();
}

/**
 * The job's history line (`signed`: the new signer's name; `signature_cleared`: the cleared one's)
 * and its audit row: `signature.<signer>` from the previous signer's name to the new one.
 */
function recordSignatureChange(
  uow: UnitOfWork,
  job: Parameters<typeof touchJob>[1],
  actor: Actor,
  signer: Signer,
  type: 'signed' | 'signature_cleared',
  names: { before: string | null; after: string | null },
): Promise<unknown> {
  const named = (signerName: string | null) => (signerName === null ? null : { signerName });
  return touchJob(uow, job, {
    actor,
    source: 'field',
    event: { type, data: { signer, signerName: type === 'signed' ? names.after : names.before } },
    audit: { action: type, entityType: 'job', entityId: job.id, changes: { [`signature.${signer}`]: { before: named(names.before), after: named(names.after) } } },
  });
}
