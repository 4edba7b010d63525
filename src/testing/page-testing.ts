import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { type Type, provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed, type TestModuleMetadata } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideMockActions } from '@ngrx/effects/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { EMPTY } from 'rxjs';

/** What a page spec works with once the page is open. */
export interface PageUnderTest<T> {
  fixture: ComponentFixture<T>;
  /** Its `dispatch` is a spy that still passes the action on, so a spec reads the events the page sends. */
  store: MockStore;
  element: HTMLElement;
}

export interface PageSetup {
  /** The page's translations (`translocoTesting(…)`) and whatever else it needs imported. */
  imports?: TestModuleMetadata['imports'];
  initialState?: object;
  /** Added after the router and the store, so they may replace what those provide (an ActivatedRoute). */
  providers?: TestModuleMetadata['providers'];
  /** Sets the store up (selector overrides) before the page first reads it. */
  arrange?: (store: MockStore) => void;
  /** The page's inputs, as the router binds them from the URL. */
  inputs?: Readonly<Record<string, unknown>>;
}

/**
 * Opens a routed page (or a store-reading part of one) over a MockStore, as a user opens it:
 * zoneless, with a router, HTTP testing and no actions stream; rendered and stable.
 */
export async function openPage<T>(page: Type<T>, setup: PageSetup = {}): Promise<PageUnderTest<T>> {
  TestBed.configureTestingModule({
    imports: [page, ...(setup.imports ?? [])],
    providers: [
      provideZonelessChangeDetection(),
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideMockStore({ initialState: setup.initialState }),
      provideMockActions(() => EMPTY),
      ...(setup.providers ?? []),
    ],
  });
  const store = TestBed.inject(MockStore);
  setup.arrange?.(store);
  spyOn(store, 'dispatch').and.callThrough();
  const fixture = TestBed.createComponent(page);
  for (const [name, value] of Object.entries(setup.inputs ?? {})) fixture.componentRef.setInput(name, value);
  await fixture.whenStable();
  return { fixture, store, element: fixture.nativeElement };
}
