import type { ComponentFixture } from '@angular/core/testing';
import type { SettingsView } from '@contract';
import { defaultSettings } from '@contract/rules';
import type { JobDetail } from '@contract/jobs';
import type { MockStore } from '@ngrx/store/testing';
import en from '../../../../../public/i18n/en.json';
import jobDetailEn from '../../../../../public/i18n/job-detail/en.json';
import { openPage } from '../../../../testing/page-testing';
import { translocoTesting } from '../../../../testing/transloco-testing';
import type { CallState } from '../../../shared/util/call-state';
import { JobFormPageActions, initialJobFormState, initialJobLookupsState, selectJob, selectLoad, selectSave, selectSaved } from '../data-access';
import { jobDetail } from '../../../../testing/job-fixtures';
import type { JobForm } from '../ui/job-form-model';
import { provideAppDates } from '../../../shared/util/app-dates';
import { JobFormPage } from './job-form-page';

describe('JobFormPage', () => {
  let fixture: ComponentFixture<JobFormPage>;
  let store: MockStore;
  let element: HTMLElement;

  async function open(number: string | undefined, settings: Partial<SettingsView> = {}, job: JobDetail | null = null) {
    const jobLookups = {
      ...initialJobLookupsState,
      settings: { ...defaultSettings, version: 1, nextJobNumber: 124, ...settings },
      jobTypes: [{ id: 'jt-1', code: 'MAINT', nameEn: 'Maintenance', nameFr: 'Maintenance', defaultTemplateId: 't-1', version: 1 }],
      templates: [],
      technicians: [
        { id: 'u-10', displayName: 'Tom Tech', hasVanDepot: true },
        { id: 'u-11', displayName: 'Alice Aux', hasVanDepot: true },
      ],
      customFields: [],
    };
    ({ fixture, store, element } = await openPage(JobFormPage, {
      imports: [translocoTesting({ langs: { en: { ...en, jobDetail: jobDetailEn } } })],
      providers: provideAppDates(),
      initialState: { jobForm: initialJobFormState, jobLookups },
      arrange: (s) => {
        s.overrideSelector(selectJob, job);
        s.overrideSelector(selectLoad, (job ? 'loaded' : 'idle') as CallState);
        s.overrideSelector(selectSave, 'idle' as CallState);
        s.overrideSelector(selectSaved, null);
      },
      inputs: number ? { number } : {},
    }));
  }

  const form = () => (fixture.componentInstance as unknown as { form: JobForm }).form;
  const text = () => element.textContent!.replace(/\s+/g, ' ');
  function button(label: string): HTMLButtonElement {
    const found = Array.from(element.querySelectorAll('button')).find((b) => b.textContent?.trim().includes(label));
    if (!found) throw new Error(`no button ${label}`);
    return found;
  }
  async function type(selector: string, value: string) {
    const input = element.querySelector(selector) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }
  async function setValues(values: Parameters<JobForm['patchValue']>[0]) {
    form().patchValue(values);
    form().markAsDirty();
    await fixture.whenStable();
  }
  const dispatched = () => (store.dispatch as jasmine.Spy).calls.allArgs().map(([action]) => action);

  it('says the job goes to the pool while it has no manager or no dates', async () => {
    await open(undefined);
    expect(text()).toContain('the job goes to the job pool');
    await setValues({
      managerId: 'u-10',
      startDate: new Date(2026, 11, 9),
      startTime: '09:00',
      endDate: new Date(2026, 11, 9),
      endTime: '11:00',
    });
    expect(text()).not.toContain('the job goes to the job pool');
  });

  it('shows the rules that refuse the planning, and sends nothing', async () => {
    await open(undefined);
    await setValues({
      customer: { id: 'c-1', name: 'Boulangerie Martin' },
      siteId: 's-1',
      jobTypeId: 'jt-1',
      managerId: 'u-10',
      auxiliaryIds: ['u-10'],
      startDate: new Date(2026, 11, 9),
      startTime: '11:00',
      endDate: new Date(2026, 11, 9),
      endTime: '09:00',
    });
    button('Create the job').click();
    await fixture.whenStable();
    expect(text()).toContain('The end must come after the start.');
    expect(text()).toContain('The job manager cannot also be an auxiliary technician.');
    expect(dispatched().some((a) => a.type === JobFormPageActions.createSubmitted.type)).toBeFalse();
  });

  it('requires the description when the setting says so', async () => {
    await open(undefined, { jobDescriptionMandatory: true });
    expect(text()).toContain('Required by the settings');
    expect(form().controls.description.hasError('required')).toBeTrue();
  });

  it('starts as a draft when the settings use draft mode, and sends the whole job on create', async () => {
    await open(undefined, { draftMode: true });
    expect(form().controls.schedule.value).toBe('draft');
    await setValues({ customer: { id: 'c-1', name: 'Boulangerie Martin' }, siteId: 's-1', jobTypeId: 'jt-1' });
    await type('textarea', 'Replace the valve');
    button('Create the job').click();
    await fixture.whenStable();
    const create = dispatched().find((a) => a.type === JobFormPageActions.createSubmitted.type);
    expect(create.input).toEqual(
      jasmine.objectContaining({
        customerId: 'c-1',
        siteId: 's-1',
        description: 'Replace the valve',
        jobTypeId: 'jt-1',
        plannedStart: null,
        managerId: null,
        schedule: 'draft',
      }),
    );
  });

  it('after a 412, shows what the other person changed, keeps the edits and saves them over the new version', async () => {
    const v4 = jobDetail({ version: 4, description: 'Boiler check' });
    await open('J-000123', {}, v4);
    await type('textarea', 'Boiler check and descaling');

    store.overrideSelector(selectSave, { error: { status: 412, code: 'version_mismatch', message: 'stale' } } as CallState);
    store.refreshState();
    await fixture.whenStable();
    expect(text()).toContain('Someone else saved this job');

    button('Show what changed').click();
    expect(dispatched()).toContain(JobFormPageActions.latestVersionRequested({ number: 'J-000123' }));
    const v5 = jobDetail({ version: 5, description: 'Boiler check, ring at the back door' });
    store.overrideSelector(selectJob, v5);
    store.refreshState();
    await fixture.whenStable();

    const rows = Array.from(element.querySelectorAll('table.diffs tbody tr')).map((tr) =>
      Array.from(tr.children).map((cell) => cell.textContent!.trim()),
    );
    expect(rows).toEqual([['Description', 'Boiler check, ring at the back door', 'Boiler check and descaling']]);
    expect(form().controls.description.value).toBe('Boiler check and descaling');

    store.overrideSelector(selectSave, 'idle' as CallState);
    store.refreshState();
    button('Save').click();
    await fixture.whenStable();
    expect(dispatched()).toContain(
      JobFormPageActions.updateSubmitted({ id: 'job-1', version: 5, patch: { description: 'Boiler check and descaling' } }),
    );
  });
});
