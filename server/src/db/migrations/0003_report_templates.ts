import type { Kysely } from 'kysely';

/**
 * Report templates: "jobs using this template" (and the jobs of one version) read an index range;
 * job types get a version so changing a type's default template takes If-Match like every edit.
 * Frozen in time, like every migration.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('jobs_template').on('jobs').columns(['template_id', 'template_version']).execute();
  await db.schema
    .alterTable('job_types')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('job_types').dropColumn('version').execute();
  await db.schema.dropIndex('jobs_template').execute();
}
