import type { Kysely, Selectable } from 'kysely';
import type { JobType } from '@contract';
import type { Database, JobTypesTable } from '../../db/database';

export function toJobType(row: Selectable<JobTypesTable>): JobType {
  return {
    id: row.id,
    code: row.code,
    nameEn: row.nameEn,
    nameFr: row.nameFr,
    defaultTemplateId: row.defaultTemplateId,
    version: row.version,
  };
}

/** The active job types, by code (a short, fixed list). */
export async function listJobTypes(db: Kysely<Database>): Promise<JobType[]> {
  const rows = await db.selectFrom('jobTypes').selectAll().where('isActive', '=', 1).orderBy('code').execute();
  return rows.map(toJobType);
}

export async function findJobType(db: Kysely<Database>, id: string): Promise<JobType | undefined> {
  const row = await db.selectFrom('jobTypes').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toJobType(row) : undefined;
}
