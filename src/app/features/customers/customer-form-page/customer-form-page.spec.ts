import type { ComponentFixture } from '@angular/core/testing';
import type { CustomFieldDefinition } from '@contract';
import type { MockStore } from '@ngrx/store/testing';
import en from '../../../../../public/i18n/en.json';
import fr from '../../../../../public/i18n/fr.json';
import customFieldsEn from '../../../../../public/i18n/settings/custom-fields/en.json';
import { customFieldDefinition } from '../../../../testing/custom-fields';
import { customer } from '../../../../testing/fixtures';
import { openPage } from '../../../../testing/page-testing';
import { translocoTesting } from '../../../../testing/transloco-testing';
import type { CallState } from '../../../shared/util/call-state';
import {
  CustomerFormPageActions,
  selectActiveFieldDefinitions,
  selectDetailCallState,
  selectSaveCallState,
  selectSelectedCustomer,
} from '../data-access';
import { CustomerFormPage } from './customer-form-page';

describe('CustomerFormPage', () => {
  let fixture: ComponentFixture<CustomerFormPage>;
  let store: MockStore;
  let element: HTMLElement;

  async function open(id: string | undefined, definitions: CustomFieldDefinition[] = []) {
    ({ fixture, store, element } = await openPage(CustomerFormPage, {
      imports: [translocoTesting({ langs: { en: { ...en, customFields: customFieldsEn }, fr } })],
      arrange: (s) => {
        s.overrideSelector(selectSelectedCustomer, id ? customer() : null);
        s.overrideSelector(selectDetailCallState, id ? 'loaded' : 'idle');
        s.overrideSelector(selectSaveCallState, 'idle' as CallState);
        s.overrideSelector(selectActiveFieldDefinitions, definitions);
      },
      inputs: id ? { id } : {},
    }));
  }

  function field(label: string): HTMLInputElement {
    const found = Array.from(element.querySelectorAll('mat-form-field')).find(
      (f) => f.querySelector('mat-label')?.textContent?.trim() === label,
    );
    if (!found) throw new Error(`no field labelled ${label}`);
    return found.querySelector('input, textarea') as HTMLInputElement;
  }

  async function type(label: string, value: string) {
    const input = field(label);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }

  function button(text: string): HTMLButtonElement {
    const found = Array.from(element.querySelectorAll('button')).find((b) => b.textContent?.trim().includes(text));
    if (!found) throw new Error(`no button ${text}`);
    return found;
  }

  /** The legends of the site entries, as a screen reader names them. */
  function siteSections(): string[] {
    return Array.from(element.querySelectorAll('legend'))
      .map((legend) => legend.textContent?.trim() ?? '')
      .filter((text) => text.startsWith('Site '));
  }

  async function save() {
    button('Save').click();
    await fixture.whenStable();
  }

  it('shows validation messages and sends nothing while the form is invalid', async () => {
    await open(undefined);
    await type('Name', 'Bad <name>');
    await type('Email', 'nope');
    await save();
    expect(element.textContent).toContain('Invalid characters found');
    expect(element.textContent).toContain('Enter a valid email address');
    expect(document.activeElement).toBe(field('Name'));
    expect(store.dispatch).not.toHaveBeenCalledWith(jasmine.objectContaining({ type: CustomerFormPageActions.createSubmitted.type }));
  });

  it('adds and removes repeatable sites, each validated', async () => {
    await open(undefined);
    await type('Name', 'Dupont SA');
    button('Add a site').click();
    await fixture.whenStable();
    expect(siteSections()).toEqual(['Site 1']);
    await save();
    expect(element.textContent).toContain('This field is required');
    button('Remove site 1').click();
    await fixture.whenStable();
    expect(siteSections()).toEqual([]);
    await save();
    expect(store.dispatch).toHaveBeenCalledWith(
      CustomerFormPageActions.createSubmitted({
        input: { name: 'Dupont SA', email: null, phone: null, notes: null, sites: [], contacts: [] },
      }),
    );
  });

  it('edits an existing customer with its version', async () => {
    await open('c-1');
    expect(field('Name').value).toBe('Boulangerie Martin');
    await type('Name', 'Boulangerie Martin & Fils');
    await save();
    expect(store.dispatch).toHaveBeenCalledWith(
      jasmine.objectContaining({ type: CustomerFormPageActions.updateSubmitted.type, id: 'c-1', version: 3 }),
    );
  });

  it('on 412, offers the latest version and keeps the user’s edits', async () => {
    await open('c-1');
    await type('Name', 'My new name');
    await save();
    store.overrideSelector(selectSaveCallState, { error: { status: 412, code: 'version_mismatch', message: 'Stale' } });
    store.refreshState();
    await fixture.whenStable();
    expect(element.textContent).toContain('Someone else changed this customer');

    button('Load the latest version').click();
    expect(store.dispatch).toHaveBeenCalledWith(CustomerFormPageActions.latestVersionRequested({ id: 'c-1' }));
    store.overrideSelector(selectSelectedCustomer, customer({ name: 'Their new name', version: 4 }));
    store.refreshState();
    await fixture.whenStable();

    expect(field('Name').value).toBe('My new name');
    expect(element.textContent).toContain('Latest version (4) loaded');
    expect(element.textContent).toContain('Their new name');

    await save();
    expect(store.dispatch).toHaveBeenCalledWith(
      jasmine.objectContaining({ type: CustomerFormPageActions.updateSubmitted.type, version: 4 }),
    );
  });

  it('shows the server’s 400 at the field', async () => {
    await open('c-1');
    store.overrideSelector(selectSaveCallState, {
      error: { status: 400, code: 'invalid_input', message: '', details: { issues: [{ in: 'body', path: 'phone', message: 'Invalid characters found' }] } },
    });
    store.refreshState();
    await fixture.whenStable();
    const phoneField = field('Phone').closest('mat-form-field')!;
    expect(phoneField.textContent).toContain('Invalid characters found');
  });

  describe('custom fields', () => {
    const definitions = [
      customFieldDefinition({ key: 'contract', labelEn: 'Contract', type: 'choice', mandatory: true, options: [{ value: 'Gold', labelEn: 'Gold', labelFr: 'Or' }] }),
      customFieldDefinition({ key: 'fleetSize', labelEn: 'Fleet size', type: 'number', sortOrder: 1 }),
      customFieldDefinition({ key: 'since', labelEn: 'Customer since', type: 'date', sortOrder: 2 }),
      customFieldDefinition({ key: 'vip', labelEn: 'VIP', type: 'checkbox', sortOrder: 3 }),
    ];

    it('renders the active customer fields as typed controls with their stored values', async () => {
      await open('c-1', definitions);
      expect(element.textContent).toContain('Additional information');
      expect(field('Fleet size').type).toBe('number');
      expect(field('Customer since').type).toBe('date');
      expect(element.querySelector('mat-select')?.textContent).toContain('Gold');
      expect(Array.from(element.querySelectorAll('mat-checkbox')).some((c) => c.textContent?.includes('VIP'))).toBeTrue();
    });

    it('asks for a mandatory field before sending, then sends the typed values', async () => {
      await open(undefined, definitions);
      await type('Name', 'Dupont SA');
      await save();
      expect(element.textContent).toContain('This field is required');
      expect(store.dispatch).not.toHaveBeenCalledWith(jasmine.objectContaining({ type: CustomerFormPageActions.createSubmitted.type }));

      fixture.componentInstance['form'].controls.customFields.patchValue({ contract: 'Gold' });
      await type('Fleet size', '12');
      await save();
      expect(store.dispatch).toHaveBeenCalledWith(
        jasmine.objectContaining({
          type: CustomerFormPageActions.createSubmitted.type,
          input: jasmine.objectContaining({ customFields: { contract: 'Gold', fleetSize: 12, since: null, vip: false } }),
        }),
      );
    });
  });

  it('knows when edits would be lost', async () => {
    await open('c-1');
    expect(fixture.componentInstance.hasUnsavedChanges()).toBeFalse();
    await type('Notes', 'Changed');
    expect(fixture.componentInstance.hasUnsavedChanges()).toBeTrue();
  });
});
