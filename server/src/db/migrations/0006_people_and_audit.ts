import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Users and audit trail lists read one index range per page:
 * - users sorted by name (keyset on display_name, id), alone or within a role; on PostgreSQL the
 *   name is indexed `collate "C"` so the order, the keyset comparison and LIKE prefixes use it;
 * - audit rows newest first within an actor or an object type / object (keyset on occurred_at, id).
 * Frozen in time, like every migration.
 */
const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

export async function up(db: Kysely<any>): Promise<void> {
  const name = isPostgres(db) ? sql`display_name collate "C"` : sql`display_name`;
  await sql`create index users_name_id on users (${name}, id)`.execute(db);
  await sql`create index users_role_name_id on users (role, ${name}, id)`.execute(db);
  await db.schema.createIndex('audit_actor_occurred_id').on('audit_log').columns(['actor_id', 'occurred_at', 'id']).execute();
  await db.schema.createIndex('audit_type_occurred_id').on('audit_log').columns(['entity_type', 'occurred_at', 'id']).execute();
  await db.schema
    .createIndex('audit_entity_occurred_id')
    .on('audit_log')
    .columns(['entity_type', 'entity_id', 'occurred_at', 'id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const index of ['audit_entity_occurred_id', 'audit_type_occurred_id', 'audit_actor_occurred_id', 'users_role_name_id', 'users_name_id']) {
    await db.schema.dropIndex(index).execute();
  }
}
