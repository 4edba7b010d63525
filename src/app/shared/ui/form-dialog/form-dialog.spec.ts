import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, provideZonelessChangeDetection, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogRef } from '@angular/material/dialog';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { FormDialog } from './form-dialog';

@Component({
  imports: [FormDialog, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fd-form-dialog heading="Rename" submitLabel="Save" [submitDisabled]="locked()" [form]="form" (submitted)="submitted = submitted + 1">
      <input aria-label="Name" [formControl]="form.controls.name" />
    </fd-form-dialog>
  `,
})
class Host {
  readonly form = new FormGroup({ name: new FormControl('Van 3', { nonNullable: true, validators: [Validators.required] }) });
  readonly locked = signal(false);
  submitted = 0;
}

describe('FormDialog', () => {
  let fixture: ComponentFixture<Host>;
  let close: jasmine.Spy;

  beforeEach(async () => {
    close = jasmine.createSpy('close');
    TestBed.configureTestingModule({
      imports: [Host, translocoTesting()],
      providers: [provideZonelessChangeDetection(), { provide: MatDialogRef, useValue: { close } }],
    });
    fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
  });

  const button = (text: string) => TestbedHarnessEnvironment.loader(fixture).getHarness(MatButtonHarness.with({ text }));

  it('titles the dialog and holds the caller’s fields in its form', () => {
    expect(fixture.nativeElement.querySelector('h2').textContent.trim()).toBe('Rename');
    expect(fixture.nativeElement.querySelector('mat-dialog-content form input[aria-label="Name"]')).not.toBeNull();
  });

  it('submits from its button', async () => {
    await (await button('Save')).click();
    expect(fixture.componentInstance.submitted).toBe(1);
    expect(close).not.toHaveBeenCalled();
  });

  it('submits on Enter in a field, as the button does', () => {
    const form: HTMLFormElement = fixture.nativeElement.querySelector('form');
    expect(fixture.nativeElement.querySelector('button[type="submit"]').getAttribute('form')).toBe(form.id);
    form.requestSubmit();
    expect(fixture.componentInstance.submitted).toBe(1);
  });

  it('shows what is wrong instead of submitting an invalid form', async () => {
    const name = fixture.componentInstance.form.controls.name;
    name.setValue('');
    await (await button('Save')).click();
    expect(fixture.componentInstance.submitted).toBe(0);
    expect(name.touched).toBeTrue();
  });

  it('keeps its button disabled when told so', async () => {
    const save = await button('Save');
    expect(await save.isDisabled()).toBeFalse();
    fixture.componentInstance.locked.set(true);
    expect(await save.isDisabled()).toBeTrue();
  });

  it('closes with nothing on Cancel', async () => {
    await (await button('Cancel')).click();
    expect(close).toHaveBeenCalled();
    expect(fixture.componentInstance.submitted).toBe(0);
  });
});
