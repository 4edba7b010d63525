import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { SerialSearch } from './serial-search';

describe('SerialSearch', () => {
  async function render() {
    TestBed.configureTestingModule({
      imports: [SerialSearch, translocoTesting()],
      providers: [provideZonelessChangeDetection(), provideRouter([])],
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
});
