import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { Role } from '@contract';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { selectRole } from '../../auth/auth.feature';
import { selectReviewCountSafe } from '../../review-count/review-count.feature';
import { navItemsFor } from '../nav-items';
import { MainNav } from './main-nav';

describe('MainNav', () => {
  async function linksFor(role: Role): Promise<string[]> {
    TestBed.configureTestingModule({
      imports: [MainNav, translocoTesting()],
      providers: [provideZonelessChangeDetection(), provideRouter([]), provideMockStore()],
    });
    TestBed.inject(MockStore).overrideSelector(selectRole, role);
    const fixture = TestBed.createComponent(MainNav);
    await fixture.whenStable();
    return Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('[role="navigation"] a [matListItemTitle]')).map((a) => a.textContent!.trim());
  }

  it('shows Users and Audit to an administrator', async () => {
    const links = await linksFor('admin');
    expect(links).toContain('Users');
    expect(links).toContain('Audit');
    expect(links).toContain('Customers');
  });

  it('hides Users and Audit from a dispatcher', async () => {
    const links = await linksFor('dispatcher');
    expect(links).not.toContain('Users');
    expect(links).not.toContain('Audit');
    expect(links).toContain('Jobs');
    expect(links).toContain('Settings');
  });

  it('is a labelled navigation landmark', async () => {
    TestBed.configureTestingModule({
      imports: [MainNav, translocoTesting()],
      providers: [provideZonelessChangeDetection(), provideRouter([]), provideMockStore()],
    });
    TestBed.inject(MockStore).overrideSelector(selectRole, 'supervisor');
    const fixture = TestBed.createComponent(MainNav);
    await fixture.whenStable();
    const landmarks = (fixture.nativeElement as HTMLElement).querySelectorAll('[role="navigation"], nav');
    expect(landmarks.length).toBe(1);
    expect((fixture.nativeElement as HTMLElement).querySelector('[role="navigation"]')?.getAttribute('aria-label')).toBe('Main');
  });

  it('offers nothing to a technician or nobody', () => {
    expect(navItemsFor('technician')).toEqual([]);
    expect(navItemsFor(null)).toEqual([]);
  });

  it('lights only the most specific entry of the page (the board is not also "Jobs")', async () => {
    const Blank = (await import('../not-found-page/not-found-page')).NotFoundPage;
    TestBed.configureTestingModule({
      imports: [MainNav, translocoTesting()],
      providers: [provideZonelessChangeDetection(), provideRouter([{ path: '**', component: Blank }]), provideMockStore()],
    });
    TestBed.inject(MockStore).overrideSelector(selectRole, 'dispatcher');
    const fixture = TestBed.createComponent(MainNav);
    const current = async (url: string) => {
      await TestBed.inject(Router).navigateByUrl(url);
      await fixture.whenStable();
      return Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('a[aria-current="page"] [matListItemTitle]')).map((a) => a.textContent!.trim());
    };
    expect(await current('/jobs/board?date=2026-11-26')).toEqual(['Schedule board']);
    expect(await current('/jobs/J-000123')).toEqual(['Jobs']);
    expect(await current('/customers')).toEqual(['Customers']);
  });

  it('shows the jobs waiting for review as a labelled badge on Review, and none at zero', async () => {
    TestBed.configureTestingModule({
      imports: [MainNav, translocoTesting()],
      providers: [provideZonelessChangeDetection(), provideRouter([]), provideMockStore()],
    });
    const store = TestBed.inject(MockStore);
    store.overrideSelector(selectRole, 'dispatcher');
    store.overrideSelector(selectReviewCountSafe, 3);
    const fixture = TestBed.createComponent(MainNav);
    await fixture.whenStable();
    const badge = () => (fixture.nativeElement as HTMLElement).querySelector('[data-badge="review"]');
    expect(badge()?.textContent?.trim()).toBe('3');
    expect(badge()?.getAttribute('aria-label')).toBe('3 jobs waiting for review');
    expect(badge()?.closest('a')?.getAttribute('href')).toBe('/review');
    store.overrideSelector(selectReviewCountSafe, 0);
    store.refreshState();
    await fixture.whenStable();
    expect(badge()).toBeNull();
  });
});
