import type { Kysely } from 'kysely';
import { jobTotals, type JobItemLine, type JobTakeBack, type JobTotals } from '@contract';
import type { Database } from '../../db/database';
import { notFound } from '../../shared/errors';
import { itemLineRows, takeBackRows, toItemLine, toTakeBack } from '../job-report';

/** One line of a job, in the shape of the job's report (contract/job-report.ts). */
export async function readItemLine(db: Kysely<Database>, lineId: string): Promise<JobItemLine> {
  return toItemLine(await itemLineRows(db).where('jobItems.id', '=', lineId).executeTakeFirstOrThrow());
}

/** One take-back of a job, in the shape of the job's report. */
export async function readTakeBack(db: Kysely<Database>, takeBackId: string): Promise<JobTakeBack> {
  return toTakeBack(await takeBackRows(db).where('takeBacks.id', '=', takeBackId).executeTakeFirstOrThrow());
}

/** A line of this job (404 for a line of another job: ids are not a way into other jobs). */
export async function lineOfJob(db: Kysely<Database>, jobId: string, lineId: string) {
  const line = await db.selectFrom('jobItems').selectAll().where('id', '=', lineId).where('jobId', '=', jobId).executeTakeFirst();
  if (!line) throw notFound('This line');
  return line;
}

/**
 * Keeps jobs.total_excl_tax_cents equal to the sum of the job's lines (the grids and the review
 * read the column) and answers the job's totals.
 */
export async function refreshJobTotal(trx: Kysely<Database>, job: { id: string; currency: string }): Promise<JobTotals> {
  const lines = await trx.selectFrom('jobItems').select(['lineTotalCents', 'taxRateBp']).where('jobId', '=', job.id).execute();
  const totals = jobTotals(
    lines.map((l) => ({ lineTotalCents: Number(l.lineTotalCents), taxRateBp: Number(l.taxRateBp) })),
    job.currency,
  );
  await trx.updateTable('jobs').set({ totalExclTaxCents: totals.exclTaxCents }).where('id', '=', job.id).execute();
  return totals;
}
