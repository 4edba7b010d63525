import type { JobEvent } from '@contract';
import en from '../../../../public/i18n/job-detail/en.json';
import fr from '../../../../public/i18n/job-detail/fr.json';
import { describeJobEvent, knownJobEventTypes } from './ui/job-event-text';

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));
}
const has = (tree: Tree, key: string) =>
  typeof key.replace(/^jobDetail\./, '').split('.').reduce<string | Tree | undefined>((node, k) => (typeof node === 'object' ? node[k] : undefined), tree) === 'string';

const event = (type: string, data: Record<string, unknown> = {}): JobEvent => ({
  id: 'e-1',
  type,
  fromStatus: null,
  toStatus: null,
  actorId: null,
  actorName: null,
  source: 'console',
  data,
  occurredAt: '2026-12-09T08:00:00.000Z',
});

describe('job-detail translations', () => {
  it('have the same keys in English and French, none empty', () => {
    expect(keysOf(fr as Tree).sort()).toEqual(keysOf(en as Tree).sort());
    for (const tree of [en, fr] as Tree[]) {
      const empty = keysOf(tree).filter((key) => !String(key.split('.').reduce<string | Tree>((n, k) => (n as Tree)[k], tree)).trim());
      expect(empty).toEqual([]);
    }
  });

  it('translate every history event type, with and without its optional data', () => {
    const samples: JobEvent[] = knownJobEventTypes.flatMap((type) => [
      event(type),
      event(type, {
        fromNumber: 'J-1',
        proposedStart: '2026-12-10T08:00:00.000Z',
        serial: 'SN-1',
        status: type.startsWith('take_back') ? 'needs_repair' : 'resolved',
        kind: 'barcode',
        signer: 'technician',
      }),
    ]);
    for (const sample of samples) {
      const text = describeJobEvent(sample, 'en');
      expect(has(en as Tree, text.key)).withContext(`${sample.type}: ${text.key}`).toBeTrue();
      for (const nested of Object.values(text.nested)) {
        if (!nested.endsWith('.')) expect(has(en as Tree, nested)).withContext(nested).toBeTrue();
      }
    }
    expect(describeJobEvent(event('teleported'), 'en').key).toBe('jobDetail.events.other');
  });

  it('describe a reschedule with its new times and a copy with its origin', () => {
    const moved = describeJobEvent(event('rescheduled', { plannedStart: '2026-12-10T08:00:00.000Z', plannedEnd: '2026-12-10T10:00:00.000Z' }), 'en');
    expect(moved.params['start']).toContain('2026');
    const copy = describeJobEvent(event('duplicated', { fromNumber: 'J-000120' }), 'en');
    expect(copy.key).toBe('jobDetail.events.duplicatedFrom');
    expect(copy.params['number']).toBe('J-000120');
    const declined = describeJobEvent(event('declined', { reason: 'Van broken' }), 'en');
    expect(declined.detail).toBe('Van broken');
  });
});
