import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { Actions } from '@ngrx/effects';
import { type Action, Store, provideStore } from '@ngrx/store';
import { Subject } from 'rxjs';
import { serialUnit } from '../../../../testing/depots';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { SerialSearch } from './serial-search';
import { suggestSerials } from './serial-search.effects';
import { SerialSearchActions, serialSearchFeature } from './serial-search.state';

describe('SerialSearch', () => {
  async function render() {
    TestBed.configureTestingModule({
      imports: [SerialSearch, translocoTesting()],
      providers: [provideZonelessChangeDetection(), provideRouter([]), provideStore({ [serialSearchFeature.name]: serialSearchFeature.reducer })],
    });
    const router = TestBed.inject(Router);
    spyOn(router, 'navigate').and.resolveTo(true);
    const fixture = TestBed.createComponent(SerialSearch);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const input = element.querySelector('input') as HTMLInputElement;
    const enter = async (text: string) => {
      input.value = text;
      input.dispatchEvent(new Event('input'));
      element.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
      await fixture.whenStable();
    };
    return { router, element, input, enter };
  }

  it('is a labelled search box', async () => {
    const { element, input } = await render();
    expect(element.querySelector('form')?.getAttribute('role')).toBe('search');
    expect(element.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Find a serial number');
  });

  it('opens the serial’s page on Enter, the serial trimmed', async () => {
    const { router, enter } = await render();
    await enter('  VTD-2026-000123 ');
    expect(router.navigate).toHaveBeenCalledOnceWith(['/serials', 'VTD-2026-000123']);
  });

  it('goes nowhere for an empty box', async () => {
    const { router, enter } = await render();
    await enter('   ');
    expect(router.navigate).not.toHaveBeenCalled();
  });

  it('offers the serials that start with what was typed, and opens the one chosen', async () => {
    const { router, element, input } = await render();
    const store = TestBed.inject(Store);
    const dispatched = spyOn(store, 'dispatch').and.callThrough();
    input.value = 'vtd-2026';
    input.dispatchEvent(new Event('input'));
    expect(dispatched).toHaveBeenCalledWith(SerialSearchActions.typed({ text: 'vtd-2026' }));
    const units = [serialUnit({ id: 'u1', serial: 'VTD-2026-000123' }), serialUnit({ id: 'u2', serial: 'VTD-2026-000124' })];
    store.dispatch(SerialSearchActions.suggestionsLoaded({ text: 'vtd-2026', units }));
    input.dispatchEvent(new Event('focusin'));
    await new Promise((resolve) => setTimeout(resolve));
    const options = [...document.querySelectorAll('mat-option')] as HTMLElement[];
    expect(options.map((o) => o.querySelector('.serial')?.textContent)).toEqual(['VTD-2026-000123', 'VTD-2026-000124']);
    options[1]!.click();
    expect(router.navigate).toHaveBeenCalledWith(['/serials', 'VTD-2026-000124']);
    expect(element.querySelector('input')!.value).withContext('the box shows the serial opened').toBe('VTD-2026-000124');
  });
});

describe('suggestSerials', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()] }));
  afterEach(() => TestBed.inject(HttpTestingController).verify());
  const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

  it('asks for the serials that start with the latest text, from two characters on', async () => {
    const typed = new Subject<Action>();
    const out: Action[] = [];
    TestBed.runInInjectionContext(() => suggestSerials(typed as unknown as Actions, undefined, 0)).subscribe((a) => out.push(a));
    const backend = TestBed.inject(HttpTestingController);

    typed.next(SerialSearchActions.typed({ text: 'v' }));
    await settle();
    backend.expectNone(() => true);

    typed.next(SerialSearchActions.typed({ text: ' vtd ' }));
    await settle();
    const request = backend.expectOne((r) => r.url === '/api/serial-units');
    expect(request.request.params.get('serial')).toBe('vtd');
    expect(request.request.params.get('limit')).toBe('8');
    const units = [serialUnit({ serial: 'VTD-1' })];
    request.flush({ items: units, nextCursor: null, total: 1 });
    expect(out).toEqual([SerialSearchActions.suggestionsLoaded({ text: ' vtd ', units })]);
  });
});
