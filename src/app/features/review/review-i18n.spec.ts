import en from '../../../../public/i18n/review/en.json';
import fr from '../../../../public/i18n/review/fr.json';
import rootEn from '../../../../public/i18n/en.json';
import rootFr from '../../../../public/i18n/fr.json';

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));
}
const valueAt = (tree: Tree, key: string) => key.split('.').reduce<string | Tree | undefined>((n, k) => (typeof n === 'object' ? n[k] : undefined), tree);

describe('review translations', () => {
  it('have the same keys in English and French, none empty', () => {
    expect(keysOf(fr as Tree).sort()).toEqual(keysOf(en as Tree).sort());
    for (const tree of [en, fr] as Tree[]) expect(keysOf(tree).filter((k) => !String(valueAt(tree, k)).trim())).toEqual([]);
  });

  it('include the shared report pieces and the badge label in both languages', () => {
    expect(keysOf((rootFr as unknown as Tree)['jobReport'] as Tree).sort()).toEqual(keysOf((rootEn as unknown as Tree)['jobReport'] as Tree).sort());
    expect(valueAt(rootEn as unknown as Tree, 'nav.reviewWaiting.other')).toBe('{{count}} jobs waiting for review');
    expect(typeof valueAt(rootFr as unknown as Tree, 'nav.reviewWaiting.one')).toBe('string');
  });
});
