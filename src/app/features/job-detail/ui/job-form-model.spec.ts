import { jobDetail } from '../../../../testing/job-fixtures';
import { customFieldValues } from '../../../shared/ui/custom-fields/custom-field-controls';
import {
  type JobForm,
  applyDescriptionRule,
  createJobForm,
  fillJobForm,
  fromInstant,
  goesToPool,
  toInstant,
  toJobInput,
  toJobPatch,
} from './job-form-model';

function filled(): JobForm {
  const form = createJobForm();
  form.setValue({
    customer: { id: 'c-1', name: 'Boulangerie Martin' },
    siteId: 's-1',
    contactId: 'p-1',
    description: '  Boiler check  ',
    startDate: new Date(2026, 11, 9),
    startTime: '09:00',
    endDate: new Date(2026, 11, 9),
    endTime: '11:30',
    jobTypeId: 'jt-1',
    templateId: null,
    managerId: 'u-10',
    auxiliaryIds: ['u-11'],
    customFields: {},
    schedule: 'scheduled',
  });
  return form;
}

describe('job form rules', () => {
  it('accepts a complete job', () => {
    expect(filled().valid).toBeTrue();
  });

  it('refuses an end before, or equal to, the start', () => {
    const form = filled();
    form.patchValue({ endTime: '08:00' });
    expect(form.hasError('endBeforeStart')).toBeTrue();
    form.patchValue({ endTime: '09:00' });
    expect(form.hasError('endBeforeStart')).toBeTrue();
    form.patchValue({ endDate: new Date(2026, 11, 10), endTime: '08:00' });
    expect(form.hasError('endBeforeStart')).toBeFalse();
    expect(form.valid).toBeTrue();
  });

  it('wants a time with each date, and a start and an end together', () => {
    const form = filled();
    form.patchValue({ startTime: '' });
    expect(form.hasError('startIncomplete')).toBeTrue();
    form.patchValue({ startDate: null });
    expect(form.hasError('startIncomplete')).toBeFalse();
    expect(form.hasError('startAndEndTogether')).toBeTrue();
    form.patchValue({ endDate: null, endTime: '' });
    expect(form.valid).toBeTrue();
  });

  it('refuses the job manager as an auxiliary too', () => {
    const form = filled();
    form.patchValue({ auxiliaryIds: ['u-11', 'u-10'] });
    expect(form.hasError('managerAlsoAuxiliary')).toBeTrue();
    form.patchValue({ managerId: 'u-12' });
    expect(form.hasError('managerAlsoAuxiliary')).toBeFalse();
  });

  it('requires a description only when the setting says so', () => {
    const form = filled();
    form.patchValue({ description: '   ' });
    expect(form.controls.description.valid).toBeTrue();
    applyDescriptionRule(form, true);
    expect(form.controls.description.hasError('required')).toBeTrue();
    form.patchValue({ description: 'Replace the valve' });
    expect(form.controls.description.valid).toBeTrue();
    applyDescriptionRule(form, false);
    form.patchValue({ description: '' });
    expect(form.controls.description.valid).toBeTrue();
  });

  it('refuses typed text that is not a picked customer', () => {
    const form = filled();
    form.patchValue({ customer: 'Boulan' });
    expect(form.controls.customer.hasError('customerNotPicked')).toBeTrue();
  });

  it('sends the job to the pool when there is no technician or no date', () => {
    const form = filled();
    expect(goesToPool(form)).toBeFalse();
    form.patchValue({ managerId: null });
    expect(goesToPool(form)).toBeTrue();
    form.patchValue({ managerId: 'u-10', startDate: null, startTime: '', endDate: null, endTime: '' });
    expect(goesToPool(form)).toBeTrue();
  });
});

describe('job form bodies', () => {
  it('creates with every field, times as UTC instants of the local date and time', () => {
    const input = toJobInput(filled(), {});
    expect(input).toEqual({
      customerId: 'c-1',
      siteId: 's-1',
      contactId: 'p-1',
      description: 'Boiler check',
      plannedStart: new Date(2026, 11, 9, 9, 0).toISOString(),
      plannedEnd: new Date(2026, 11, 9, 11, 30).toISOString(),
      jobTypeId: 'jt-1',
      templateId: null,
      managerId: 'u-10',
      auxiliaryIds: ['u-11'],
      customFields: {},
      schedule: 'scheduled',
    });
  });

  it('creates a pool job with null dates and no manager', () => {
    const form = filled();
    form.patchValue({ managerId: null, auxiliaryIds: [], startDate: null, startTime: '', endDate: null, endTime: '', schedule: 'draft' });
    const input = toJobInput(form, {});
    expect(input.plannedStart).toBeNull();
    expect(input.plannedEnd).toBeNull();
    expect(input.managerId).toBeNull();
    expect(input.schedule).toBe('draft');
  });

  it('edits by sending only what changed against the version the edit started from', () => {
    const job = jobDetail();
    const form = createJobForm();
    fillJobForm(form, job);
    expect(toJobPatch(form, job, customFieldValues(form.controls.customFields, job.customFields))).toEqual({});

    form.patchValue({ description: 'Boiler check and descaling', auxiliaryIds: [], endTime: '' });
    form.patchValue({ endTime: fromInstant('2026-12-09T12:00:00.000Z').time });
    const patch = toJobPatch(form, job, customFieldValues(form.controls.customFields, job.customFields));
    expect(patch).toEqual({ description: 'Boiler check and descaling', plannedEnd: '2026-12-09T12:00:00.000Z', auxiliaryIds: [] });
    // An untouched template is never sent: sending it would pin the latest published version again.
    expect('templateId' in patch).toBeFalse();
  });

  it('turns an instant into the date picker and time input and back', () => {
    const { date, time } = fromInstant('2026-12-09T08:15:00.000Z');
    expect(toInstant(date, time)).toBe('2026-12-09T08:15:00.000Z');
    expect(toInstant(date, '25:00')).toBeNull();
    expect(toInstant(null, '08:00')).toBeNull();
  });
});
