import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { GRID_OWNER, GridColumnPrefs, parseChoice } from './grid-column-prefs';

describe('GridColumnPrefs', () => {
  const keys = ['fielddesk.jobColumns.u-1', 'fielddesk.jobColumns.u-2', 'fielddesk.reserveColumns.u-1'];
  afterEach(() => keys.forEach((key) => localStorage.removeItem(key)));

  function prefsOf(userId: string | null): GridColumnPrefs {
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ providers: [{ provide: GRID_OWNER, useValue: signal(userId) }] });
    return TestBed.inject(GridColumnPrefs);
  }

  it('remembers hidden columns and widths per user and per grid', () => {
    prefsOf('u-1').hide('job', ['template']);
    prefsOf('u-1').resize('job', 'customer', 319.6);
    expect(prefsOf('u-1').read('job')).toEqual({ hidden: ['template'], widths: { customer: 320 } });
    expect(prefsOf('u-2').read('job')).toEqual({ hidden: [], widths: {} });
    expect(prefsOf('u-1').read('reserve')).toEqual({ hidden: [], widths: {} });
  });

  it('keeps the key the jobs grid always used, so nobody loses their columns', () => {
    localStorage.setItem('fielddesk.jobColumns.u-1', JSON.stringify({ hidden: ['manager'], widths: {} }));
    expect(prefsOf('u-1').read('job').hidden).toEqual(['manager']);
  });

  it('stores nothing without a signed-in user', () => {
    prefsOf(null).hide('job', ['status']);
    expect(keys.map((key) => localStorage.getItem(key))).toEqual([null, null, null]);
  });

  it('turns whatever was stored into a valid choice', () => {
    expect(parseChoice('nonsense')).toEqual({ hidden: [], widths: {} });
    expect(parseChoice({ hidden: ['a', 3], widths: { a: 150, b: -5, c: 'wide', d: 1e9 } })).toEqual({ hidden: ['a'], widths: { a: 150 } });
  });
});
