import { reserveEventTypes } from '@contract/rules';
import en from '../../../../public/i18n/reserves/en.json';
import fr from '../../../../public/i18n/reserves/fr.json';
import { reserveEvent } from './testing/reserve-fixtures';
import { describeReserveEvent } from './ui/reserve-event-text';

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));
}
const valueAt = (tree: Tree, key: string) =>
  key
    .replace(/^reserves\./, '')
    .split('.')
    .reduce<string | Tree | undefined>((node, k) => (typeof node === 'object' ? node[k] : undefined), tree);

describe('reserves translations', () => {
  it('have the same keys in English and French, none empty', () => {
    expect(keysOf(fr as Tree).sort()).toEqual(keysOf(en as Tree).sort());
    for (const tree of [en, fr] as Tree[]) expect(keysOf(tree).filter((key) => !String(valueAt(tree, key)).trim())).toEqual([]);
  });

  it('translate every history event type, assigned and unassigned', () => {
    const samples = [
      ...reserveEventTypes.map((type) => reserveEvent({ type })),
      reserveEvent({ type: 'assigned', assigneeId: 'u-1', assigneeName: 'Sam' }),
    ];
    for (const tree of [en, fr] as Tree[]) {
      for (const sample of samples) {
        const { key, params } = describeReserveEvent(sample, (s) => s, 'Someone');
        expect(typeof valueAt(tree, key)).withContext(key).toBe('string');
        for (const name of String(valueAt(tree, key)).match(/{{\s*(\w+)\s*}}/g) ?? []) {
          expect(Object.keys(params)).withContext(`${key} ${name}`).toContain(name.replace(/[{}\s]/g, ''));
        }
      }
    }
  });
});
