import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

/**
 * A landed migration is never edited: a database that ran it will not run it again, so an edit
 * reaches new databases only (0005 and 0009 were edited once; 0014 repairs that). Each landed
 * migration's content is held here by its SHA-256. A new migration adds its line when it lands;
 * changing an existing line is the defect this test exists to catch.
 */
const LANDED: Record<string, string> = {
  '0001_domain.ts': 'be81d21aa614777a3fe5984f2b92610b8214f2664cc30ecbfb1fd29e8b2451b5',
  '0002_prefix_search.ts': 'defb141e5d121ebb40331c0b8dd90245c8929e3d6066c253cb15fa6cfd38660b',
  '0003_report_templates.ts': 'eb0ae2073f4077d06124814485c8f345c598cf217c9e742e5bc12a01d5ba8ec1',
  '0004_catalog.ts': '73a94f16c68223eb3bc06bc68e5880cbb88adb1aa7cad01b5d214375c9ac0639',
  '0005_depots.ts': '2b32378ef12c7a7800951dec1d8e8983b76c53d5813372b70ff34dd2f4104245',
  '0006_people_and_audit.ts': '46653f98aaf7588c4a75467c791b7df71a5002a7f42f6ad12b547c1344708f91',
  '0007_settings_and_custom_fields.ts': 'a99e40dd41d04f9cd3b347ac60fe1c1cff32c5437c4bd2ef6b7d70f0506d86cb',
  '0008_customer_custom_values.ts': '66c2cbeb70125355ec0b45df1c17a47219bcb0976c444765dc0f1da65f2f44b0',
  '0009_jobs_lists.ts': '6b912a96ea29090a5beb378e7338650f16d76240371aa5e8536890f2ca764ad2',
  '0011_job_parts_settlement.ts': '6b885318eedbbefe70c0e3691fb24656cd7f988b7572ff0a247bb451ca1b7ad4',
  '0013_reserves_triage.ts': '49390ed53f36f1a38f11181655d51aa08cb95bdef199746731e7a0022c82eb76',
  '0014_indexes_added_to_landed_migrations.ts': '1904880fad8a0b0ef0734693e67d7d77e3e862eca670dbd8c0720a75c36da71c',
  '0015_job_online_views.ts': '87f734b31739e1cfdebc083c2597cdeb89a5e89280d8533ae3c65fa8f97e6718',
  '0016_take_back_discrepancies.ts': 'af5e350dd7fe945769d1c45dd842862feacc08727ef07f3347ea759bd8fa7be5',
  '0017_exact_quantities_and_shortfalls.ts': '9d9e8d14d93bf5af6470d363a46341f215fb42d469a21f818f2a60ac35388c68',
  '0018_movement_note_keys.ts': '2fec2a149b92ffcce15206f20bdc0fe33046d4964e0aa51e21450a4be56ac4e2',
  '0019_depot_movements.ts': '8c78b5b1322bf85cf00858e9a7046f29439c6bbba56ef43438fe425ad2e82355',
  '0020_word_search.ts': '33bc9c6871f9baca1d57ece7ddbfda34b10964ef2930bbd64173442dc51f4f11',
  '0021_big_lists_indexes.ts': 'b4c3f82cf586443df633b3447f85af10e6e4d2c2a39529ccbc9dfc762292525f',
  '0022_compact_job_events.ts': 'e0e95429fdef03897a443aa3e581b75cdf6b58bad180b774d7cbbaf2e90c212f',
  '0023_lean_job_indexes.ts': 'e2ab7940231daea444f8549e1cbe9a91b907bda954e2bf3878ea157cd3a6f58e',
  '0024_drop_job_number_prefix.ts': '043f491d1beff6ff4c0f1df889dd3a3cec9f869f5bb784e376d420bac7fe68f6',
  '0025_search_rewrites.ts': 'a57c29bcc3ab6839a7f00552d02123fcad5006691e9789e5a36da62d311680ef',
};

/** Numbers were skipped before this rule (0010, 0012); from 0014 on, each migration takes the next number. */
const LAST_NUMBER_WITH_GAPS = 14;

const folder = join(import.meta.dirname, '..', 'src', 'db', 'migrations');
const files = readdirSync(folder).filter((f) => f.endsWith('.ts')).sort();
const sha256 = (file: string) => createHash('sha256').update(readFileSync(join(folder, file))).digest('hex');

test('every landed migration is byte for byte what landed', () => {
  for (const [file, hash] of Object.entries(LANDED)) {
    assert.ok(files.includes(file), `${file} still exists`);
    assert.equal(sha256(file), hash, `${file} was edited after it landed: write a new migration instead`);
  }
});

test('new migrations are numbered without gaps and listed in migrate.ts', () => {
  const numbers = files.map((f) => Number(f.slice(0, 4)));
  const after = numbers.filter((n) => n > LAST_NUMBER_WITH_GAPS);
  after.forEach((n, i) => assert.equal(n, LAST_NUMBER_WITH_GAPS + 1 + i, `migration ${n} leaves a gap`));
  const registry = readFileSync(join(folder, '..', 'migrate.ts'), 'utf8');
  for (const file of files) {
    const name = file.replace(/\.ts$/, '');
    assert.ok(registry.includes(`'${name}'`), `${name} is registered in migrate.ts`);
  }
});
