import en from '../../../../../public/i18n/jobs/en.json';
import fr from '../../../../../public/i18n/jobs/fr.json';
import { jobListViews } from '@contract/rules';
import { jobColumnIds } from './job-grid/job-grid.columns';

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));
}

describe('jobs translations', () => {
  it('have the same keys in English and French, none empty', () => {
    expect(keysOf(fr as Tree).sort()).toEqual(keysOf(en as Tree).sort());
    for (const tree of [en, fr] as Tree[]) {
      const empty = keysOf(tree).filter((key) => !String(key.split('.').reduce<unknown>((node, k) => (node as Tree)[k], tree)).trim());
      expect(empty).toEqual([]);
    }
  });

  it('name every quick view and every column', () => {
    const keys = keysOf(en as Tree);
    for (const view of jobListViews) expect(keys).withContext(view).toContain(`views.${view}`);
    for (const column of jobColumnIds) expect(keys).withContext(column).toContain(`grid.columns.${column}`);
  });
});
