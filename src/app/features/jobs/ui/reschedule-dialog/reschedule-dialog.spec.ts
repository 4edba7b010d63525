import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { jobsTranslocoTesting } from '../jobs-ui-testing';
import { RescheduleDialog, type RescheduleDialogData } from './reschedule-dialog';

describe('RescheduleDialog', () => {
  let fixture: ComponentFixture<RescheduleDialog>;
  let close: jasmine.Spy;
  const data: RescheduleDialogData = {
    job: {
      number: 'J-000042',
      customerName: 'Boulangerie Martin',
      plannedStart: '2026-11-26T08:00:00.000Z',
      plannedEnd: '2026-11-26T10:00:00.000Z',
      proposedStart: null,
      managerId: 'u-7',
      auxiliaryNames: [],
      declineReason: 'Van broken',
    },
    technicians: [{ id: 'u-7', name: 'Théo Martin' }],
  };

  beforeEach(async () => {
    close = jasmine.createSpy('close');
    TestBed.configureTestingModule({
      imports: [RescheduleDialog, jobsTranslocoTesting()],
      providers: [provideZonelessChangeDetection(), { provide: MAT_DIALOG_DATA, useValue: data }, { provide: MatDialogRef, useValue: { close } }],
    });
    fixture = TestBed.createComponent(RescheduleDialog);
    await fixture.whenStable();
  });

  function input(label: string): HTMLInputElement {
    const field = Array.from<HTMLElement>(fixture.nativeElement.querySelectorAll('mat-form-field')).find((f) => f.textContent?.includes(label));
    return field!.querySelector('input')!;
  }

  it('says why the end is refused and does not close', async () => {
    const end = input('Planned end');
    end.value = input('Planned start').value;
    end.dispatchEvent(new Event('input'));
    (fixture.nativeElement.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('[role="alert"]')?.textContent).toContain('The end must come after the start.');
    expect(close).not.toHaveBeenCalled();
  });

  it('closes with the request body when the form is right', async () => {
    (fixture.nativeElement.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(close).toHaveBeenCalledOnceWith({
      plannedStart: '2026-11-26T08:00:00.000Z',
      plannedEnd: '2026-11-26T10:00:00.000Z',
      managerId: 'u-7',
      auxiliaryIds: [],
    });
  });
});
