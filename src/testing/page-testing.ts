import { type Provider, type Type, provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';

/** What a page spec works with once the page is open. */
export interface PageUnderTest<T> {
  fixture: ComponentFixture<T>;
  /** Its `dispatch` is a spy that still passes the action on. */
  store: MockStore;
  element: HTMLElement;
}

export interface PageSetup {
  /** Translations (`translocoTesting(…)`) and whatever else the page needs imported. */
  imports?: unknown[];
  initialState?: object;
  /** Added after the router and the store, so they may replace what those provide (an ActivatedRoute). */
  providers?: Provider[];
  /** Sets the store up (selector overrides) before the page first reads it. */
  arrange?: (store: MockStore) => void;
  /** The page's inputs, as the router binds them from the URL. */
  inputs?: Readonly<Record<string, unknown>>;
}

/** Opens a routed page over a MockStore the way every page spec does, rendered and stable. */
export async function openPage<T>(page: Type<T>, setup: PageSetup = {}): Promise<PageUnderTest<T>> {
  TestBed.configureTestingModule({
    imports: [page, ...(setup.imports ?? [])],
    providers: [
      provideZonelessChangeDetection(),
      provideRouter([]),
      provideMockStore({ initialState: setup.initialState }),
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
