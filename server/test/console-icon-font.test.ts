import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { FULL_FONT, USED_FONT, iconWords, openIconFont, usedIconNames, type IconFont } from '../../scripts/icon-font';

// The console's icons are ligatures of a font cut to the names it uses: an icon missing from the cut
// would show on screen as its name ("more_vert"). These tests hold the cut to the code.
describe('the console icon font', () => {
  let full: IconFont;
  let used: IconFont;
  before(() => {
    full = openIconFont(FULL_FONT);
    used = openIconFont(USED_FONT);
  });

  test("every <mat-icon> name written in a template is a Material Symbol (a typo would show as text)", () => {
    const { literal } = iconWords();
    assert.ok(literal.length > 50, `found ${literal.length} icons in templates`);
    const unknown = literal.filter(({ name }) => full.iconGlyph(name) === undefined);
    assert.deepEqual(unknown, [], 'not an icon of Material Symbols');
  });

  test('the bundled font draws every icon the console names (run `npm run icons` after adding one)', () => {
    const names = usedIconNames();
    // Names from templates, ternaries in templates and maps of icons in code.
    for (const name of ['more_vert', 'notifications', 'cloud_off', 'warehouse', 'local_shipping', 'south_west', 'expand_less', 'remove_circle_outline']) assert.ok(names.includes(name), name);
    const missing = names.filter((name) => used.iconGlyph(name) === undefined);
    assert.deepEqual(missing, [], 'missing from src/styles/material-symbols.woff2: run `npm run icons`');
  });

  test('it is a cut: icons the console does not name are left out', () => {
    const names = new Set(usedIconNames());
    const unused = ['home', 'rocket_launch', 'pets', 'sports_soccer'].filter((name) => !names.has(name));
    assert.ok(unused.length > 0);
    for (const name of unused) assert.equal(used.iconGlyph(name), undefined, name);
    assert.ok(statSync(USED_FONT).size < 40_000, `${statSync(USED_FONT).size} bytes`);
  });

  test("the console's styles load the cut font, not the full one", () => {
    const styles = readFileSync(new URL('../../src/styles.scss', import.meta.url), 'utf8');
    assert.match(styles, /url\('\.\/styles\/material-symbols\.woff2'\)/);
    assert.doesNotMatch(styles, /@fontsource\/material-symbols/);
  });

  describe('the scan of the code', () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'fd-icons-'));
      mkdirSync(join(dir, 'testing'));
      writeFileSync(join(dir, 'page.ts'), "const icons = { open: 'folder_open' };\nconst template = `<mat-icon aria-hidden=\"true\">print</mat-icon>`;");
      writeFileSync(
        join(dir, 'page.html'),
        '<mat-icon>{{ on ? \'toggle_on\' : \'toggle_off\' }}</mat-icon>\n<mat-icon\n  aria-hidden="true"\n  [matBadgeHidden]="unread() > 0"\n  >notifications</mat-icon\n>',
      );
      writeFileSync(join(dir, 'page.spec.ts'), "const x = 'pets';");
      writeFileSync(join(dir, 'testing', 'fixtures.ts'), "const y = 'rocket_launch';");
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    test('finds names in templates, maps and ternaries, not in specs or test fixtures', () => {
      const names = usedIconNames(iconWords(dir), full);
      assert.deepEqual(names, ['folder_open', 'notifications', 'print', 'toggle_off', 'toggle_on']);
    });
  });
});
