import en from '../../../../public/i18n/schedule-board/en.json';
import fr from '../../../../public/i18n/schedule-board/fr.json';

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));
}

function textAt(tree: Tree, key: string): unknown {
  return key.split('.').reduce<string | Tree>((node, k) => (node as Tree)[k], tree);
}

describe('schedule board translations', () => {
  it('have the same keys in English and French, none empty', () => {
    expect(keysOf(fr as Tree).sort()).toEqual(keysOf(en as Tree).sort());
    for (const tree of [en, fr] as Tree[]) {
      expect(keysOf(tree).filter((key) => !String(textAt(tree, key)).trim())).toEqual([]);
    }
  });

  it('use the same parameters in both languages', () => {
    const params = (text: unknown) => (String(text).match(/{{\s*\w+\s*}}/g) ?? []).sort();
    for (const key of keysOf(en as Tree)) {
      expect(params(textAt(fr as Tree, key))).withContext(key).toEqual(params(textAt(en as Tree, key)));
    }
  });
});
