import en from '../../../../public/i18n/depot/en.json';
import fr from '../../../../public/i18n/depot/fr.json';
import { depotErrorCodes } from './data-access';

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

describe('depot translations', () => {
  it('have the same keys in English and French, none empty', () => {
    expect(keysOf(fr as Tree).sort()).toEqual(keysOf(en as Tree).sort());
    for (const tree of [en, fr] as Tree[]) {
      const texts = keysOf(tree).map((key) => key.split('.').reduce<string | Tree>((node, k) => (node as Tree)[k], tree));
      expect(texts.filter((t) => typeof t !== 'string' || !t.trim())).toEqual([]);
    }
  });

  it('have a sentence for every refusal the depot pages translate', () => {
    for (const code of depotErrorCodes) {
      expect(typeof (en.errors as Record<string, string>)[code]).withContext(code).toBe('string');
    }
  });
});
