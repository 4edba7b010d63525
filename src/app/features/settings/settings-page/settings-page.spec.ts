import type { ComponentFixture } from '@angular/core/testing';
import { defaultSettings } from '@contract/rules';
import type { SettingsView } from '@contract';
import type { MockStore } from '@ngrx/store/testing';
import en from '../../../../../public/i18n/en.json';
import fr from '../../../../../public/i18n/fr.json';
import settingsEn from '../../../../../public/i18n/settings/en.json';
import settingsFr from '../../../../../public/i18n/settings/fr.json';
import { openPage } from '../../../../testing/page-testing';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { selectRole } from '../../../core/auth/auth.feature';
import { type SettingsState, SettingsPageActions, initialSettingsState } from '../data-access';
import { SettingsPage } from './settings-page';

const saved: SettingsView = { ...defaultSettings, version: 3, nextJobNumber: 123 };
/** The settings slice once the page has loaded: version 3 saved, no custom field yet. */
const loaded: SettingsState = { ...initialSettingsState, settings: saved, load: 'loaded', customFieldsLoad: 'loaded' };

describe('SettingsPage', () => {
  let fixture: ComponentFixture<SettingsPage>;
  let store: MockStore;
  let element: HTMLElement;

  async function open(role: 'admin' | 'supervisor' = 'admin') {
    ({ fixture, store, element } = await openPage(SettingsPage, {
      imports: [translocoTesting({ langs: { en: { ...en, settings: settingsEn }, fr: { ...fr, settings: settingsFr } } })],
      initialState: { settings: loaded },
      arrange: (s) => s.overrideSelector(selectRole, role),
    }));
  }

  const toggle = (label: string) => {
    const found = Array.from(element.querySelectorAll('mat-slide-toggle')).find((t) => t.textContent?.includes(label));
    if (!found) throw new Error(`no toggle ${label}`);
    return found.querySelector('button') as HTMLButtonElement;
  };
  const button = (text: string) => {
    const found = Array.from(element.querySelectorAll('button')).find((b) => b.textContent?.trim() === text);
    if (!found) throw new Error(`no button ${text}`);
    return found;
  };
  const dispatched = () => (store.dispatch as jasmine.Spy).calls.allArgs().map(([a]) => a);

  it('shows every group, each option with its sentence, and the next job number preview', async () => {
    await open();
    for (const group of ['Technicians', 'Scheduling', 'Reports', 'Invoicing', 'Numbering', 'Alerts']) {
      expect(element.textContent).toContain(group);
    }
    expect(element.textContent).toContain('When on, technicians can add a new job from their phone');
    expect(element.querySelector('.preview')?.textContent).toContain('J-000123');
    expect(toggle('Technicians may create jobs from the app').getAttribute('aria-checked')).toBe('false');
  });

  it('becomes dirty on a change, guards leaving, and saves only that change with the version it started from', async () => {
    await open();
    const page = fixture.componentInstance;
    expect(page.hasUnsavedChanges()).toBeFalse();
    expect(button('Save settings').disabled).toBeTrue();
    toggle('Technicians may create jobs from the app').click();
    await fixture.whenStable();
    expect(page.hasUnsavedChanges()).toBeTrue();
    button('Save settings').click();
    await fixture.whenStable();
    expect(dispatched()).toContain(SettingsPageActions.saveSubmitted({ version: 3, patch: { technicianJobCreation: true } }));
  });

  it('on 412 offers the latest version and keeps the edits; the next save uses the new version', async () => {
    await open();
    toggle('Technicians may create jobs from the app').click();
    await fixture.whenStable();
    const conflict: SettingsState = { ...loaded, save: { error: { status: 412, code: 'version_mismatch', message: 'stale' } } };
    store.setState({ settings: conflict });
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Someone else changed the settings');
    button('Load the latest version').click();
    expect(dispatched()).toContain(SettingsPageActions.latestVersionRequested());

    store.setState({ settings: { ...conflict, settings: { ...saved, version: 4, currency: 'CHF' } } });
    await fixture.whenStable();
    expect(toggle('Technicians may create jobs from the app').getAttribute('aria-checked')).toBe('true', 'the edit is kept');
    expect(element.textContent).toContain('CHF');
    button('Save settings').click();
    expect(dispatched()).toContain(SettingsPageActions.saveSubmitted({ version: 4, patch: { technicianJobCreation: true } }));
  });

  it('is read-only for a supervisor: controls disabled, no save button', async () => {
    await open('supervisor');
    expect(element.textContent).toContain('Only administrators can change the settings');
    expect(toggle('Draft mode').disabled).toBeTrue();
    expect(Array.from(element.querySelectorAll('button')).some((b) => b.textContent?.includes('Save settings'))).toBeFalse();
  });
});
