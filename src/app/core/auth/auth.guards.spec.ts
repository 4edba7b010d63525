import { TestBed } from '@angular/core/testing';
import { type ActivatedRouteSnapshot, Router, type RouterStateSnapshot, type UrlTree, provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { firstValueFrom, isObservable } from 'rxjs';
import { Notifier } from '../notifications/notifier';
import { selectRole, selectStatus } from './auth.feature';
import { roleGuard, signedInGuard } from './auth.guards';

describe('auth guards', () => {
  let store: MockStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideMockStore(), { provide: Notifier, useValue: { info: () => undefined } }],
    });
    store = TestBed.inject(MockStore);
  });

  async function resolve(result: unknown): Promise<unknown> {
    return isObservable(result) ? firstValueFrom(result) : result;
  }

  it('sends a signed-out visitor to sign-in with the address they wanted', async () => {
    store.overrideSelector(selectStatus, 'signed-out');
    const state = { url: '/customers?q=dup' } as RouterStateSnapshot;
    const result = await resolve(
      TestBed.runInInjectionContext(() => signedInGuard({} as ActivatedRouteSnapshot, state)),
    );
    expect(TestBed.inject(Router).serializeUrl(result as UrlTree)).toBe('/sign-in?returnUrl=%2Fcustomers%3Fq%3Ddup');
  });

  it('lets a signed-in user through', async () => {
    store.overrideSelector(selectStatus, 'signed-in');
    const result = await resolve(
      TestBed.runInInjectionContext(() => signedInGuard({} as ActivatedRouteSnapshot, { url: '/jobs' } as RouterStateSnapshot)),
    );
    expect(result).toBeTrue();
  });

  it('keeps a dispatcher out of an admin-only page', async () => {
    store.overrideSelector(selectRole, 'dispatcher');
    const route = { data: { roles: ['admin'] } } as unknown as ActivatedRouteSnapshot;
    const result = await resolve(TestBed.runInInjectionContext(() => roleGuard(route, {} as RouterStateSnapshot)));
    expect(TestBed.inject(Router).serializeUrl(result as UrlTree)).toBe('/');
    store.overrideSelector(selectRole, 'admin');
    store.refreshState();
    expect(await resolve(TestBed.runInInjectionContext(() => roleGuard(route, {} as RouterStateSnapshot)))).toBeTrue();
  });
});
