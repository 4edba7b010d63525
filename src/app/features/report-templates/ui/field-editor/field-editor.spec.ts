import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { TemplateField } from '@contract';
import { leakDefinition } from '../../../../../testing/report-templates';
import { translocoTesting } from '../../../../../testing/transloco-testing';
import { FieldEditor } from './field-editor';

describe('FieldEditor', () => {
  let fixture: ComponentFixture<FieldEditor>;
  let element: HTMLElement;
  let emitted: TemplateField[];

  async function edit(fieldId: string, problems: unknown[] = []) {
    TestBed.configureTestingModule({ imports: [FieldEditor, translocoTesting()], providers: [provideZonelessChangeDetection()] });
    const definition = leakDefinition();
    fixture = TestBed.createComponent(FieldEditor);
    fixture.componentRef.setInput('field', definition.families.flatMap((f) => f.fields).find((f) => f.id === fieldId));
    fixture.componentRef.setInput('families', definition.families);
    fixture.componentRef.setInput('problems', problems);
    emitted = [];
    fixture.componentInstance.changed.subscribe((f) => emitted.push(f));
    element = fixture.nativeElement;
    await fixture.whenStable();
  }

  function radio(group: string, label: string): HTMLInputElement {
    const fieldset = Array.from(element.querySelectorAll('fieldset')).find((f) => f.querySelector('legend')?.textContent?.trim() === group)!;
    const button = Array.from(fieldset.querySelectorAll('mat-radio-button')).find((r) => r.textContent?.trim() === label)!;
    return button.querySelector('input')!;
  }

  it('makes a field mandatory only when another field’s answer matches, starting from a fitting condition', async () => {
    await edit('pressure');
    radio('Mandatory', 'Only when…').click();
    expect(emitted.at(-1)).toEqual(jasmine.objectContaining({ mandatory: false, mandatoryWhen: { fieldId: 'leak', operator: 'is_ticked' } }));
  });

  it('"always mandatory" drops the condition', async () => {
    await edit('photo');
    radio('Mandatory', 'Always').click();
    expect(emitted.at(-1)).toEqual(jasmine.objectContaining({ mandatory: true }));
    expect(emitted.at(-1)?.mandatoryWhen).toBeUndefined();
  });

  it('offers "shown only when" with the first field that can be read, a checkbox being "ticked"', async () => {
    await edit('pressure');
    radio('Shown', 'Only when…').click();
    expect(emitted.at(-1)?.visibleWhen).toEqual({ fieldId: 'leak', operator: 'is_ticked' });
  });

  it('shows number bounds problems at the maximum', async () => {
    await edit('pressure', [{ code: 'min_above_max', message: '', property: 'max' }]);
    expect(element.querySelector('mat-error')?.textContent).toContain('The maximum is below the minimum');
  });

  it('sends the label typed, and drops an emptied optional unit', async () => {
    await edit('pressure');
    const inputs = element.querySelectorAll<HTMLInputElement>('input[matinput]');
    const unit = Array.from(inputs).find((i) => i.value === 'bar')!;
    unit.value = '';
    unit.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect('unit' in emitted.at(-1)!).toBeFalse();
  });
});
