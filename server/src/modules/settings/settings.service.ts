import type { Kysely } from 'kysely';
import type { Settings, SettingsPatch, SettingsView } from '@contract';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork } from '../../plugins/unit-of-work';
import { diff } from '../../shared/diff';
import { assertVersion, versionMismatch } from '../../shared/versioning';
import { assertUsableAsDefault } from './default-template.service';
import { raiseNextJobNumber, readNextJobNumber } from './job-number';
import { readSettings, writeSettings } from './settings.repository';

/**
 * The settings in force, read from the database on every call: one primary-key read, and no
 * process cache another instance would not see. Other modules (technician API, jobs) call this.
 */
export async function settingsFor(db: Kysely<Database>): Promise<Settings> {
  const { version: _version, ...settings } = await readSettings(db);
  return settings;
}

export async function readSettingsView(db: Kysely<Database>): Promise<SettingsView> {
  return { ...(await readSettings(db)), nextJobNumber: await readNextJobNumber(db) };
}

/** PATCH: keys sent replace the current ones; one audit row with before/after; nothing changed → nothing written. */
export async function updateSettings(
  db: Kysely<Database>,
  patch: SettingsPatch,
  expected: number,
  actor: Actor | null,
): Promise<SettingsView> {
  return inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    const { version, ...settings } = await readSettings(trx);
    assertVersion(version, expected);
    const before = { ...settings, nextJobNumber: await readNextJobNumber(trx) };
    const { nextJobNumber, ...changes } = patch;
    const next: Settings = { ...settings, ...changes };
    const changed = diff(before, { ...next, nextJobNumber: nextJobNumber ?? before.nextJobNumber });
    if (Object.keys(changed).length === 0) return { ...before, version };

    if (next.defaultTemplateId !== null && next.defaultTemplateId !== settings.defaultTemplateId) {
      await assertUsableAsDefault(trx, next.defaultTemplateId);
    }
    if (nextJobNumber !== undefined) await raiseNextJobNumber(trx, nextJobNumber);
    if (!(await writeSettings(trx, next, expected, actor?.id ?? null))) throw versionMismatch(expected + 1);
    uow.audit({ actor, action: 'update', entityType: 'settings', entityId: '1', changes: changed });
    return { ...next, nextJobNumber: await readNextJobNumber(trx), version: expected + 1 };
  });
}
