import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatSelectHarness } from '@angular/material/select/testing';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { RescheduleDialog, type RescheduleDialogData } from './reschedule-dialog';

describe('RescheduleDialog', () => {
  let fixture: ComponentFixture<RescheduleDialog>;
  let close: jasmine.Spy;
  const technicians = [
    { id: 'u-7', name: 'Théo Martin' },
    { id: 'u-8', name: 'Inès Roux' },
  ];
  const declined: RescheduleDialogData = {
    mode: 'declined',
    job: {
      number: 'J-000042',
      customerName: 'Boulangerie Martin',
      plannedStart: '2026-11-26T08:00:00.000Z',
      plannedEnd: '2026-11-26T10:00:00.000Z',
      proposedStart: null,
      managerId: 'u-7',
      auxiliaryIds: [],
      declineReason: 'Van broken',
    },
    technicians,
  };

  async function open(data: RescheduleDialogData): Promise<void> {
    close = jasmine.createSpy('close');
    TestBed.configureTestingModule({
      imports: [RescheduleDialog, translocoTesting()],
      providers: [provideZonelessChangeDetection(), { provide: MAT_DIALOG_DATA, useValue: data }, { provide: MatDialogRef, useValue: { close } }],
    });
    fixture = TestBed.createComponent(RescheduleDialog);
    await fixture.whenStable();
  }

  function input(label: string): HTMLInputElement {
    const field = Array.from<HTMLElement>(fixture.nativeElement.querySelectorAll('mat-form-field')).find((f) => f.textContent?.includes(label));
    return field!.querySelector('input')!;
  }

  function submit(): Promise<void> {
    (fixture.nativeElement.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    return fixture.whenStable();
  }

  it('shows the declined job’s context and says why the end is refused, without closing', async () => {
    await open(declined);
    expect(fixture.nativeElement.querySelector('h2').textContent).toContain('Reassign or reschedule J-000042');
    expect(fixture.nativeElement.querySelector('.reason').textContent).toContain('declined: “Van broken”');
    const end = input('Planned end');
    end.value = input('Planned start').value;
    end.dispatchEvent(new Event('input'));
    await submit();
    expect(fixture.nativeElement.querySelector('[role="alert"]')?.textContent).toContain('The end must come after the start.');
    expect(close).not.toHaveBeenCalled();
  });

  it('closes with the request body when the form is right', async () => {
    await open(declined);
    await submit();
    expect(close).toHaveBeenCalledOnceWith({
      plannedStart: '2026-11-26T08:00:00.000Z',
      plannedEnd: '2026-11-26T10:00:00.000Z',
      managerId: 'u-7',
      auxiliaryIds: [],
    });
  });

  it('reassigns from the job page: needs a job manager, who is then no longer offered as an auxiliary', async () => {
    await open({ mode: 'reassign', job: { number: 'J-000043', plannedStart: '2026-11-27T08:00:00.000Z', plannedEnd: '2026-11-27T09:00:00.000Z', managerId: null, auxiliaryIds: ['u-8'] }, technicians });
    expect(fixture.nativeElement.querySelector('h2').textContent).toContain('Reassign J-000043');
    expect(fixture.nativeElement.querySelector('.reason')).toBeNull();
    await submit();
    expect(close).not.toHaveBeenCalled();
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const [manager, auxiliaries] = await loader.getAllHarnesses(MatSelectHarness);
    expect(await manager.isRequired()).toBeTrue();
    await manager.open();
    await manager.clickOptions({ text: 'Inès Roux' });
    await auxiliaries.open();
    expect((await auxiliaries.getOptions()).length).toBe(1);
    await submit();
    expect(close).toHaveBeenCalledOnceWith({
      plannedStart: '2026-11-27T08:00:00.000Z',
      plannedEnd: '2026-11-27T09:00:00.000Z',
      managerId: 'u-8',
      auxiliaryIds: [],
    });
  });
});
