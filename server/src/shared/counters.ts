import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database';

/**
 * Next value of a named sequence (customer codes, job numbers), inside the caller's transaction.
 * When the counter row is missing (data loaded by other means), it starts after `highestInUse`.
 */
export async function nextCounter(
  trx: Kysely<Database>,
  name: string,
  highestInUse: () => Promise<number>,
): Promise<number> {
  const bumped = await trx
    .updateTable('counters')
    .set({ value: sql`value + 1` })
    .where('name', '=', name)
    .returning('value')
    .executeTakeFirst();
  if (bumped) return Number(bumped.value);
  const start = (await highestInUse()) + 1;
  const created = await trx
    .insertInto('counters')
    .values({ name, value: start })
    .onConflict((oc) => oc.column('name').doUpdateSet({ value: sql`counters.value + 1` }))
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(created.value);
}
