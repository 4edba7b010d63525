import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { sampleCustomFields } from '../../../../testing/custom-fields';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { CustomFieldValues } from './custom-field-values';

describe('CustomFieldValues', () => {
  let fixture: ComponentFixture<CustomFieldValues>;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [CustomFieldValues, translocoTesting()], providers: [provideZonelessChangeDetection()] });
    fixture = TestBed.createComponent(CustomFieldValues);
    fixture.componentRef.setInput('definitions', sampleCustomFields);
    fixture.componentRef.setInput('values', { contract: 'Gold plan', tier: 'gold', vip: true, fleetSize: null });
    await fixture.whenStable();
  });

  function pairs(): string[][] {
    return Array.from<HTMLElement>(fixture.nativeElement.querySelectorAll('div')).map((row) => [
      row.querySelector('dt')!.textContent!.trim(),
      row.querySelector('dd')!.textContent!.trim(),
    ]);
  }

  it('lists the answered fields in the definitions’ order, with their labels', () => {
    expect(pairs()).toEqual([
      ['Tier', 'Gold'],
      ['Contract', 'Gold plan'],
      ['VIP', 'Yes'],
    ]);
  });

  it('speaks French when asked', async () => {
    TestBed.inject(TranslocoService).setActiveLang('fr');
    fixture.componentRef.setInput('lang', 'fr');
    await fixture.whenStable();
    expect(pairs()).toEqual([
      ['Niveau', 'Or'],
      ['Contrat', 'Gold plan'],
      ['VIP', 'Oui'],
    ]);
  });
});
