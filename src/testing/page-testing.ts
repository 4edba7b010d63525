import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { type Type, provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed, type TestModuleMetadata } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideMockActions } from '@ngrx/effects/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { EMPTY } from 'rxjs';

export interface PageSetup {
  /** The page's translations (a `*TranslocoTesting()` module) and anything else it imports. */
  imports?: TestModuleMetadata['imports'];
  providers?: TestModuleMetadata['providers'];
  /** What the store's selectors answer (`store.overrideSelector(…)`), before the page opens. */
  arrange?: (store: MockStore) => void;
}

/**
 * A page on a mock store, as a user opens it: zoneless, with a router, HTTP testing and no actions
 * stream; `store.dispatch` is a spy, so a spec reads the events the page sends.
 */
export async function renderPage<T>(page: Type<T>, setup: PageSetup = {}) {
  TestBed.configureTestingModule({
    imports: [page, ...(setup.imports ?? [])],
    providers: [
      provideZonelessChangeDetection(),
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideMockStore(),
      provideMockActions(() => EMPTY),
      ...(setup.providers ?? []),
    ],
  });
  const store = TestBed.inject(MockStore);
  spyOn(store, 'dispatch');
  setup.arrange?.(store);
  const fixture: ComponentFixture<T> = TestBed.createComponent(page);
  await fixture.whenStable();
  return { fixture, store, element: fixture.nativeElement as HTMLElement };
}
