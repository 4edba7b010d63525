import { sql, type Kysely, type RawBuilder } from 'kysely';

/**
 * For migrations that rewrite a table of job lines: the jobs a batch at a time, in id order, with
 * progress lines on a large database (silent for small ones, as in tests). Landed migrations call
 * it: what it visits and in which order must never change, only how it reports.
 */
export async function forEachJobBatch(
  db: Kysely<unknown>,
  label: string,
  jobsPerBatch: number,
  work: (jobRange: (column: string) => RawBuilder<unknown>) => Promise<void>,
): Promise<void> {
  const total = Number((await sql<{ n: number }>`select count(*) as n from jobs`.execute(db)).rows[0]?.n ?? 0);
  let after = '';
  let shown = -1;
  for (let done = 0; ; done += jobsPerBatch) {
    // The last job id of this batch (none: the rest of the jobs).
    const upTo = (await sql<{ id: string }>`select id from jobs where id > ${after} order by id limit 1 offset ${jobsPerBatch - 1}`.execute(db)).rows[0]?.id;
    const from = after;
    await work((column) => (upTo === undefined ? sql`${sql.ref(column)} > ${from}` : sql`${sql.ref(column)} > ${from} and ${sql.ref(column)} <= ${upTo}`));
    const tenth = total ? Math.floor((Math.min(total, done + jobsPerBatch) / total) * 10) : 10;
    if (total > 100_000 && tenth !== shown) {
      shown = tenth;
      console.log(`${label}: ${Math.min(total, done + jobsPerBatch).toLocaleString('en')}/${total.toLocaleString('en')} jobs`);
    }
    if (upTo === undefined) return;
    after = upTo;
  }
}

/** SQLite: drops `table` and gives its name to `replacement` (then runs `after`) in one transaction. */
export async function swapTables(db: Kysely<unknown>, table: string, replacement: string, after: RawBuilder<unknown>[] = []): Promise<void> {
  await sql`begin immediate`.execute(db);
  try {
    await sql`drop table ${sql.table(table)}`.execute(db);
    await sql`alter table ${sql.table(replacement)} rename to ${sql.table(table)}`.execute(db);
    for (const statement of after) await statement.execute(db);
    await sql`commit`.execute(db);
  } catch (error) {
    await sql`rollback`.execute(db);
    throw error;
  }
}
