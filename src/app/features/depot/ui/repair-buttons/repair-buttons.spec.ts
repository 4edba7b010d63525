import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { RepairOutcome } from '@contract';
import { depotTranslocoTesting } from '../../../../../testing/depots';
import { RepairButtons } from './repair-buttons';

describe('RepairButtons', () => {
  it('says what became of the units, and waits while disabled', async () => {
    TestBed.configureTestingModule({ imports: [RepairButtons, depotTranslocoTesting()], providers: [provideZonelessChangeDetection()] });
    const fixture = TestBed.createComponent(RepairButtons);
    const chosen: RepairOutcome[] = [];
    fixture.componentInstance.chosen.subscribe((outcome) => chosen.push(outcome));
    await fixture.whenStable();
    const buttons = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('button'));
    expect(buttons.map((b) => b.textContent?.trim())).toEqual(['check_circle Repaired', 'block Obsolete']);
    buttons[1].click();
    buttons[0].click();
    expect(chosen).toEqual(['obsolete', 'ok']);

    fixture.componentRef.setInput('disabled', true);
    await fixture.whenStable();
    expect(buttons.every((b) => b.disabled)).toBeTrue();
  });
});
