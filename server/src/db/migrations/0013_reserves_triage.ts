import type { Kysely } from 'kysely';

/**
 * The reserves statistics count reserves closed per week: a range of `resolved_at` (set when a
 * reserve leaves "unresolved", cleared when it goes back) needs its own index.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('reserves_resolved').on('reserves').columns(['resolved_at', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('reserves_resolved').execute();
}
