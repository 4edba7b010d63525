import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, provideZonelessChangeDetection, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogRef } from '@angular/material/dialog';
import { FormDialog } from './form-dialog';

@Component({
  imports: [FormDialog, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fd-form-dialog heading="Rename" formId="rename-form" submitLabel="Save" cancelLabel="Cancel" [submitDisabled]="locked()">
      <form id="rename-form" [formGroup]="form" (ngSubmit)="submitted = submitted + 1">
        <input aria-label="Name" formControlName="name" />
      </form>
    </fd-form-dialog>
  `,
})
class Host {
  readonly form = new FormGroup({ name: new FormControl('Van 3') });
  readonly locked = signal(false);
  submitted = 0;
}

describe('FormDialog', () => {
  let fixture: ComponentFixture<Host>;
  let close: jasmine.Spy;

  beforeEach(async () => {
    close = jasmine.createSpy('close');
    TestBed.configureTestingModule({ imports: [Host], providers: [provideZonelessChangeDetection(), { provide: MatDialogRef, useValue: { close } }] });
    fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
  });

  it('titles the dialog and holds the caller’s form', () => {
    expect(fixture.nativeElement.querySelector('h2').textContent.trim()).toBe('Rename');
    expect(fixture.nativeElement.querySelector('mat-dialog-content input[aria-label="Name"]')).not.toBeNull();
  });

  it('submits the caller’s form from its button', async () => {
    const loader = TestbedHarnessEnvironment.loader(fixture);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Save' }))).click();
    expect(fixture.componentInstance.submitted).toBe(1);
    expect(close).not.toHaveBeenCalled();
  });

  it('keeps its button disabled when told so', async () => {
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const save = await loader.getHarness(MatButtonHarness.with({ text: 'Save' }));
    expect(await save.isDisabled()).toBeFalse();
    fixture.componentInstance.locked.set(true);
    expect(await save.isDisabled()).toBeTrue();
  });

  it('closes with nothing on Cancel', async () => {
    const loader = TestbedHarnessEnvironment.loader(fixture);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Cancel' }))).click();
    expect(close).toHaveBeenCalled();
    expect(fixture.componentInstance.submitted).toBe(0);
  });
});
