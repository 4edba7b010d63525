// The console's icon font, cut to the icons it uses: `npm run icons` rewrites src/styles/material-symbols.woff2
// from the full Material Symbols font (324 kB) after an icon is added; server/test/console-icon-font.test.ts
// fails until it is. Every lower-case word written in the console's code (a template's <mat-icon>, a map of
// icons, a ternary) that names a Material Symbol is kept: a few icons too many cost bytes, one too few
// shows as a word on screen.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as fontkit from 'fontkit';
import subsetFont from 'subset-font';

const root = new URL('..', import.meta.url).pathname;
export const FULL_FONT = join(root, 'node_modules/@fontsource/material-symbols-outlined/files/material-symbols-outlined-latin-400-normal.woff2');
export const USED_FONT = join(root, 'src/styles/material-symbols.woff2');
const CONSOLE = join(root, 'src/app');

/** The characters icon names are written with: ligatures are made of them, so they stay in the font. */
const NAME_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sourceFiles(path);
    return /\.(ts|html)$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

export interface IconWords {
  /** The text of each `<mat-icon>…</mat-icon>` that is a plain name, with where it is written. */
  literal: { name: string; file: string }[];
  /** Every other quoted lower-case word (maps of icons, ternaries in templates): the icon names among them count. */
  quoted: Set<string>;
}

/** The words of the console's code (specs and test fixtures aside) that may name an icon. */
export function iconWords(dir = CONSOLE): IconWords {
  const literal: IconWords['literal'] = [];
  const quoted = new Set<string>();
  for (const path of sourceFiles(dir)) {
    const code = readFileSync(path, 'utf8');
    // Attribute values may hold '>' (`[hidden]="n > 0"`); formatters split the closing tag (`</mat-icon\n>`).
    for (const m of code.matchAll(/<mat-icon\b(?:[^>"']|"[^"]*"|'[^']*')*>\s*([^<{]+?)\s*<\/mat-icon\s*>/g)) literal.push({ name: m[1]!, file: relative(root, path) });
    for (const m of code.matchAll(/(?<=['"`])[a-z][a-z0-9_]*(?=['"`])/g)) quoted.add(m[0]);
  }
  return { literal, quoted };
}

export interface IconFont {
  /** The glyph this text shapes to when it is one icon's ligature; undefined otherwise. */
  iconGlyph(name: string): number | undefined;
  /** The private-use code point the font also gives this glyph. */
  codePointOf(glyph: number): number | undefined;
}

export function openIconFont(path: string): IconFont {
  const font = fontkit.openSync(path);
  const letterGlyphs = new Set([...NAME_CHARACTERS].map((c) => font.glyphForCodePoint(c.codePointAt(0)!).id));
  const codePoints = new Map<number, number>();
  for (const cp of font.characterSet) if (cp >= 0xe000) codePoints.set(font.glyphForCodePoint(cp).id, cp);
  return {
    iconGlyph(name) {
      const { glyphs } = font.layout(name);
      const glyph = glyphs.length === 1 ? glyphs[0]!.id : undefined;
      return glyph !== undefined && glyph !== 0 && !letterGlyphs.has(glyph) ? glyph : undefined;
    },
    codePointOf: (glyph) => codePoints.get(glyph),
  };
}

/** The icon names the console uses, as the full font knows them. */
export function usedIconNames(words = iconWords(), full = openIconFont(FULL_FONT)): string[] {
  const candidates = new Set([...words.quoted, ...words.literal.map((l) => l.name)]);
  return [...candidates].filter((name) => full.iconGlyph(name) !== undefined).sort();
}

/**
 * The full font cut to these icons: their glyphs (through the private-use code points the font maps
 * them to), the name characters, and only the ligatures between them (no layout closure: with it,
 * every ligature spelled with a-z would come back).
 */
export async function cutIconFont(names: string[]): Promise<Buffer> {
  const full = openIconFont(FULL_FONT);
  const icons = names.map((name) => String.fromCodePoint(full.codePointOf(full.iconGlyph(name)!)!));
  return subsetFont(readFileSync(FULL_FONT), NAME_CHARACTERS + icons.join(''), { targetFormat: 'woff2', noLayoutClosure: true });
}

if (process.argv[1] && import.meta.url.endsWith(relative(root, process.argv[1]))) {
  const names = usedIconNames();
  const font = await cutIconFont(names);
  writeFileSync(USED_FONT, font);
  const cut = openIconFont(USED_FONT);
  const missing = names.filter((name) => cut.iconGlyph(name) === undefined);
  if (missing.length > 0) throw new Error(`icon-font: the cut font lost ${missing.join(', ')}`);
  console.log(`icon-font: ${names.length} icons, ${(font.length / 1000).toFixed(1)} kB → ${relative(root, USED_FONT)}`);
}
