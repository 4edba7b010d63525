import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { businessRule } from '../../shared/errors';

/** The counter that numbers jobs; its value is the last number given (see shared/counters.ts). */
export const JOB_NUMBER_COUNTER = 'job_number';

/** The highest number in use among jobs ("J-000123" → 123), for a database without the counter row. */
export async function highestJobNumber(db: Kysely<Database>): Promise<number> {
  let highest = 0;
  for (const { number } of await db.selectFrom('jobs').select('number').execute()) {
    const digits = /(\d+)$/.exec(number);
    if (digits) highest = Math.max(highest, Number(digits[1]));
  }
  return highest;
}

/** The number the next job will get. */
export async function readNextJobNumber(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('counters').select('value').where('name', '=', JOB_NUMBER_COUNTER).executeTakeFirst();
  return (row ? Number(row.value) : await highestJobNumber(db)) + 1;
}

/**
 * Moves the next job number up to `next` (numbers are never reused: lower → 422). The update only
 * applies while the counter is still below, so a job created meanwhile cannot be numbered twice.
 */
export async function raiseNextJobNumber(trx: Kysely<Database>, next: number): Promise<void> {
  const current = await readNextJobNumber(trx);
  if (next === current) return;
  if (next < current) throw notHigher(current);
  const updated = await trx
    .updateTable('counters')
    .set({ value: next - 1 })
    .where('name', '=', JOB_NUMBER_COUNTER)
    .where('value', '<=', next - 1)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 1) return;
  const inserted = await trx
    .insertInto('counters')
    .values({ name: JOB_NUMBER_COUNTER, value: next - 1 })
    .onConflict((oc) => oc.column('name').doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) throw notHigher(await readNextJobNumber(trx));
}

const notHigher = (current: number) =>
  businessRule(
    'job_number_not_higher',
    `Job numbers are never reused: the next number can only be raised (it is ${current}).`,
    { nextJobNumber: current },
  );
