import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { CustomFieldDefinition } from '@contract';
import en from '../../../../../../public/i18n/en.json';
import settingsEn from '../../../../../../public/i18n/settings/en.json';
import { translocoTesting } from '../../../../../testing/transloco-testing';
import { type CustomFieldEdit, CustomFieldEditor } from './custom-field-editor';

const level: CustomFieldDefinition = {
  id: 'f1',
  entity: 'customer',
  key: 'contractLevel',
  labelEn: 'Contract level',
  labelFr: 'Niveau de contrat',
  type: 'choice',
  options: [{ value: 'gold', labelEn: 'Gold', labelFr: 'Or' }],
  mandatory: true,
  sortOrder: 10,
  active: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  version: 2,
};

describe('CustomFieldEditor', () => {
  let fixture: ComponentFixture<CustomFieldEditor>;
  let element: HTMLElement;
  let emitted: CustomFieldEdit[];

  async function open(field: CustomFieldDefinition | null) {
    TestBed.configureTestingModule({
      imports: [CustomFieldEditor, translocoTesting({ langs: { en: { ...en, settings: settingsEn } } })],
      providers: [provideZonelessChangeDetection()],
    });
    fixture = TestBed.createComponent(CustomFieldEditor);
    fixture.componentRef.setInput('entity', 'customer');
    fixture.componentRef.setInput('field', field);
    emitted = [];
    fixture.componentInstance.saved.subscribe((e) => emitted.push(e));
    element = fixture.nativeElement;
    await fixture.whenStable();
  }

  const input = (label: string) => {
    const found = Array.from(element.querySelectorAll('mat-form-field')).find((f) => f.querySelector('mat-label')?.textContent?.trim() === label);
    return found!.querySelector('input') as HTMLInputElement;
  };
  async function type(label: string, value: string) {
    const el = input(label);
    el.value = value;
    el.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }
  const save = async () => {
    (Array.from(element.querySelectorAll('button')).find((b) => b.textContent?.includes('Save field')) as HTMLButtonElement).click();
    await fixture.whenStable();
  };

  it('refuses an empty or badly formed field and emits nothing', async () => {
    await open(null);
    await type('Key', 'Bad Key');
    await save();
    expect(emitted).toEqual([]);
    expect(element.textContent).toContain('Starts with a lower-case letter');
  });

  it('creates a field with its key, labels and type', async () => {
    await open(null);
    await type('Key', 'fleetSize');
    await type('Label in English', 'Fleet size');
    await type('Label in French', 'Taille de la flotte');
    await save();
    expect(emitted).toEqual([
      {
        kind: 'create',
        input: { entity: 'customer', key: 'fleetSize', type: 'text', labelEn: 'Fleet size', labelFr: 'Taille de la flotte', mandatory: false, options: [] },
      },
    ]);
  });

  it('edits an existing field: key and type locked, options editable', async () => {
    await open(level);
    expect(input('Key').disabled).toBeTrue();
    (Array.from(element.querySelectorAll('button')).find((b) => b.textContent?.includes('Add an option')) as HTMLButtonElement).click();
    await fixture.whenStable();
    const optionInputs = element.querySelectorAll<HTMLInputElement>('fieldset .option input');
    const values = ['silver', 'Silver', 'Argent'];
    optionInputs.forEach((el, i) => {
      if (i >= 3) {
        el.value = values[i - 3]!;
        el.dispatchEvent(new Event('input'));
      }
    });
    await save();
    expect(emitted.length).toBe(1);
    const edit = emitted[0]!;
    expect(edit.kind).toBe('change');
    if (edit.kind === 'change') {
      expect(edit.field.id).toBe('f1');
      expect(edit.changes.options).toEqual([
        { value: 'gold', labelEn: 'Gold', labelFr: 'Or' },
        { value: 'silver', labelEn: 'Silver', labelFr: 'Argent' },
      ]);
    }
  });
});
