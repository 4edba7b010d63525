import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { GRID_OWNER } from './infinite-grid/grid-column-prefs';
import { rememberedFlag } from './remembered-flag';

describe('rememberedFlag', () => {
  const owner = signal<string | null>('user-1');
  const flagIn = () => TestBed.runInInjectionContext(() => rememberedFlag('specPanel', false));

  beforeEach(() => {
    localStorage.removeItem('fielddesk.specPanel.user-1');
    localStorage.removeItem('fielddesk.specPanel.user-2');
    owner.set('user-1');
    TestBed.configureTestingModule({ providers: [{ provide: GRID_OWNER, useValue: owner }] });
  });

  it('starts as given, and the next visit finds it as the user left it', () => {
    const first = flagIn();
    expect(first()).toBeFalse();
    first.set(true);
    TestBed.tick();
    expect(flagIn()()).toBeTrue();
  });

  it('is kept per user: another user of the same browser starts from the default', () => {
    const mine = flagIn();
    mine.set(true);
    TestBed.tick();
    owner.set('user-2');
    TestBed.tick();
    expect(mine()).withContext('the open page follows the new user').toBeFalse();
    expect(flagIn()()).toBeFalse();
    owner.set('user-1');
    TestBed.tick();
    expect(mine()).toBeTrue();
  });
});
