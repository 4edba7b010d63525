import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as m0001 from './migrations/0001_domain';
import * as m0002 from './migrations/0002_prefix_search';
import * as m0003 from './migrations/0003_report_templates';
import * as m0004 from './migrations/0004_catalog';
import * as m0005 from './migrations/0005_depots';
import * as m0006 from './migrations/0006_people_and_audit';
import * as m0007 from './migrations/0007_settings_and_custom_fields';
import * as m0008 from './migrations/0008_customer_custom_values';
import * as m0009 from './migrations/0009_jobs_lists';
import * as m0011 from './migrations/0011_job_parts_settlement';
import * as m0013 from './migrations/0013_reserves_triage';
import * as m0014 from './migrations/0014_indexes_added_to_landed_migrations';
import * as m0015 from './migrations/0015_job_online_views';
import * as m0016 from './migrations/0016_take_back_discrepancies';
import * as m0017 from './migrations/0017_exact_quantities_and_shortfalls';
import * as m0018 from './migrations/0018_movement_note_keys';
import * as m0019 from './migrations/0019_depot_movements';
import * as m0020 from './migrations/0020_word_search';
import * as m0021 from './migrations/0021_big_lists_indexes';
import * as m0022 from './migrations/0022_compact_job_events';
import * as m0023 from './migrations/0023_lean_job_indexes';
import * as m0024 from './migrations/0024_drop_job_number_prefix';
import * as m0025 from './migrations/0025_search_rewrites';

/** Migrations are listed explicitly (no file-system scan), so bundling or tsx never miss one. */
const migrations: Record<string, Migration> = {
  '0001_domain': m0001,
  '0002_prefix_search': m0002,
  '0003_report_templates': m0003,
  '0004_catalog': m0004,
  '0005_depots': m0005,
  '0006_people_and_audit': m0006,
  '0007_settings_and_custom_fields': m0007,
  '0008_customer_custom_values': m0008,
  '0009_jobs_lists': m0009,
  '0011_job_parts_settlement': m0011,
  '0013_reserves_triage': m0013,
  '0014_indexes_added_to_landed_migrations': m0014,
  '0015_job_online_views': m0015,
  '0016_take_back_discrepancies': m0016,
  '0017_exact_quantities_and_shortfalls': m0017,
  '0018_movement_note_keys': m0018,
  '0019_depot_movements': m0019,
  '0020_word_search': m0020,
  '0021_big_lists_indexes': m0021,
  '0022_compact_job_events': m0022,
  '0023_lean_job_indexes': m0023,
  '0024_drop_job_number_prefix': m0024,
  '0025_search_rewrites': m0025,
};

class StaticMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations;
  }
}

export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  // Migrations are written against snake_case on Kysely<any>: run them without the camel-case plugin.
  // Unordered: migrations written in parallel branches may land with a lower number than one a
  // database already applied; each is independent, so it is applied late rather than refused.
  const migrator = new Migrator({
    db: db.withoutPlugins(),
    provider: new StaticMigrationProvider(),
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
