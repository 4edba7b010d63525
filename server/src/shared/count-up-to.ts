import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';

/**
 * How many rows the query has, counting no further than `limit`: the count of a big filter costs
 * what reading `limit` index entries costs, never the whole range.
 */
export async function countUpTo<DB, TB extends keyof DB>(db: Kysely<DB>, query: SelectQueryBuilder<DB, TB, object>, limit: number): Promise<number> {
  const capped = query.select(sql<number>`1`.as('one')).limit(limit).as('capped');
  const row = await (db as unknown as Kysely<Record<string, unknown>>)
    .selectFrom(capped as never)
    .select(sql<number | string>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
