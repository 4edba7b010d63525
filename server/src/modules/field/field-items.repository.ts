import type { Kysely } from 'kysely';
import { jobTotals, type JobItemLine, type JobTakeBack, type JobTotals } from '@contract';
import type { Database } from '../../db/database';
import { notFound } from '../../shared/errors';

/** One line of a job, in the shape of the job's report (contract/job-report.ts). */
export async function readItemLine(db: Kysely<Database>, lineId: string): Promise<JobItemLine> {
  const row = await db
    .selectFrom('jobItems')
    .innerJoin('catalogItems', 'catalogItems.id', 'jobItems.itemId')
    .innerJoin('catalogFamilies', 'catalogFamilies.id', 'catalogItems.familyId')
    .select([
      'jobItems.id',
      'jobItems.itemId',
      'catalogItems.reference',
      'catalogItems.name',
      'catalogItems.kind',
      'catalogItems.familyId',
      'catalogFamilies.name as familyName',
      'catalogItems.unit',
      'jobItems.quantity',
      'jobItems.serial',
      'jobItems.serialUnitId',
      'jobItems.unitPriceCents',
      'jobItems.taxRateBp',
      'jobItems.lineTotalCents',
      'jobItems.createdAt',
    ])
    .where('jobItems.id', '=', lineId)
    .executeTakeFirstOrThrow();
  return {
    ...row,
    quantity: Number(row.quantity),
    unitPriceCents: Number(row.unitPriceCents),
    taxRateBp: Number(row.taxRateBp),
    lineTotalCents: Number(row.lineTotalCents),
  };
}

/** One take-back of a job, in the shape of the job's report. */
export async function readTakeBack(db: Kysely<Database>, takeBackId: string): Promise<JobTakeBack> {
  const row = await db
    .selectFrom('takeBacks')
    .innerJoin('catalogItems', 'catalogItems.id', 'takeBacks.itemId')
    .innerJoin('catalogFamilies', 'catalogFamilies.id', 'catalogItems.familyId')
    .select([
      'takeBacks.id',
      'takeBacks.serial',
      'takeBacks.serialUnitId',
      'takeBacks.itemId',
      'catalogItems.name as itemName',
      'catalogItems.reference as itemReference',
      'catalogItems.familyId',
      'catalogFamilies.name as familyName',
      'takeBacks.status',
      'takeBacks.wasFound',
      'takeBacks.createdAt',
      'takeBacks.updatedAt',
    ])
    .where('takeBacks.id', '=', takeBackId)
    .executeTakeFirstOrThrow();
  return { ...row, wasFound: Number(row.wasFound) === 1 };
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
