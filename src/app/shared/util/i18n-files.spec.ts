import en from '../../../../public/i18n/en.json';
import fr from '../../../../public/i18n/fr.json';
import { translatedErrorCodes } from './api-error';

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

function valueAt(tree: Tree, path: string): string | Tree | undefined {
  return path.split('.').reduce<string | Tree | undefined>((node, key) => (typeof node === 'object' ? node[key] : undefined), tree);
}

describe('translation files', () => {
  it('have the same keys in English and French', () => {
    expect(keysOf(fr as Tree).sort()).toEqual(keysOf(en as Tree).sort());
  });

  it('have no empty sentence', () => {
    for (const [name, tree] of [['en', en], ['fr', fr]] as const) {
      const empty = keysOf(tree as Tree).filter((key) => !String(valueAt(tree as Tree, key)).trim());
      expect(empty).withContext(name).toEqual([]);
    }
  });

  it('have a sentence for every error code the console translates', () => {
    for (const code of translatedErrorCodes) {
      expect(typeof valueAt(en as Tree, `errors.${code}`)).withContext(code).toBe('string');
    }
  });
});
