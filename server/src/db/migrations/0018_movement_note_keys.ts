import type { Kysely } from 'kysely';

/**
 * Stock-movement notes in the reader's language (issue 14 §1): a note the server writes is kept as
 * a key (`note_key`, e.g. take_back_on_job) and its parameters (`note_params`, a JSON object of
 * texts: names, job numbers, quantities), beside the English text in `note`, which stays for CSV
 * exports and older clients. Rows written before keep their free text and no key (shown as is), as do
 * the notes a person types. Frozen in time, like every migration.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('stock_movements').addColumn('note_key', 'text').execute();
  await db.schema.alterTable('stock_movements').addColumn('note_params', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('stock_movements').dropColumn('note_params').execute();
  await db.schema.alterTable('stock_movements').dropColumn('note_key').execute();
}
