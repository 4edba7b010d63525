import type { Kysely } from 'kysely';

/**
 * Customer custom field values, one row per value, so the customer list filters on one value
 * through the (key, value, customer_id) index instead of reading every customer's JSON.
 * Existing values are copied here (read in JS: portable across SQLite and PostgreSQL).
 * Frozen in time, like every migration.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('customer_custom_values')
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('customer_custom_values_pk', ['customer_id', 'key'])
    .execute();
  await db.schema
    .createIndex('customer_custom_values_lookup')
    .on('customer_custom_values')
    .columns(['key', 'value', 'customer_id'])
    .execute();

  const customers = await db.selectFrom('customers').select(['id', 'custom_fields']).execute();
  for (const { id, custom_fields } of customers) {
    const values = JSON.parse(String(custom_fields ?? '{}')) as Record<string, unknown>;
    const rows = Object.entries(values).flatMap(([key, value]) => {
      const text = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
      return text === '' ? [] : [{ customer_id: id, key, value: text }];
    });
    if (rows.length > 0) await db.insertInto('customer_custom_values').values(rows).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('customer_custom_values').execute();
}
