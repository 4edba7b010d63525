import type { Kysely } from 'kysely';
import { defaultSettings, Settings, type SettingsWithVersion } from '@contract';
import type { Database } from '../../db/database';

const ROW_ID = 1;

/** The single settings row over the defaults (keys added later get their default); version 0 when absent. */
export async function readSettings(db: Kysely<Database>): Promise<SettingsWithVersion> {
  const row = await db.selectFrom('settings').select(['data', 'version']).where('id', '=', ROW_ID).executeTakeFirst();
  if (!row) return { ...defaultSettings, version: 0 };
  const stored = Settings.partial().safeParse(safeJson(row.data));
  // Stored keys that no longer validate fall back to their default instead of breaking every page.
  const merged = Settings.safeParse({ ...defaultSettings, ...(stored.success ? stored.data : {}) });
  return { ...(merged.success ? merged.data : defaultSettings), version: row.version };
}

/** Writes the new settings if the row is still at `expectedVersion`; false when someone was faster. */
export async function writeSettings(
  db: Kysely<Database>,
  settings: Settings,
  expectedVersion: number,
  userId: string | null,
): Promise<boolean> {
  const now = new Date().toISOString();
  if (expectedVersion === 0) {
    const inserted = await db
      .insertInto('settings')
      .values({ id: ROW_ID, data: JSON.stringify(settings), version: 1, updatedAt: now, updatedBy: userId })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const updated = await db
    .updateTable('settings')
    .set({ data: JSON.stringify(settings), version: expectedVersion + 1, updatedAt: now, updatedBy: userId })
    .where('id', '=', ROW_ID)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}
