import { TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { selectUser } from '../../../core/auth/auth.feature';
import { JobColumnPrefs, parseChoice } from './job-column-prefs';

describe('JobColumnPrefs', () => {
  const keys = ['fielddesk.jobColumns.u-1', 'fielddesk.jobColumns.u-2'];
  afterEach(() => keys.forEach((key) => localStorage.removeItem(key)));

  function prefsOf(userId: string | null): JobColumnPrefs {
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ providers: [provideMockStore()] });
    TestBed.inject(MockStore).overrideSelector(selectUser, userId ? ({ id: userId } as never) : null);
    return TestBed.inject(JobColumnPrefs);
  }

  it('remembers hidden columns and widths per user', () => {
    prefsOf('u-1').write({ hidden: ['template'], widths: { customer: 320 } });
    expect(prefsOf('u-1').read()).toEqual({ hidden: ['template'], widths: { customer: 320 } });
    expect(prefsOf('u-2').read()).toEqual({ hidden: [], widths: {} });
  });

  it('stores nothing without a signed-in user', () => {
    prefsOf(null).write({ hidden: ['status'], widths: {} });
    expect(keys.map((key) => localStorage.getItem(key))).toEqual([null, null]);
  });

  it('turns whatever was stored into a valid choice', () => {
    expect(parseChoice('nonsense')).toEqual({ hidden: [], widths: {} });
    expect(parseChoice({ hidden: ['a', 3], widths: { a: 150, b: -5, c: 'wide', d: 1e9 } })).toEqual({ hidden: ['a'], widths: { a: 150 } });
  });
});
