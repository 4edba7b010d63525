import { type AbstractControl, FormControl, FormGroup, type ValidationErrors, type ValidatorFn, Validators } from '@angular/forms';
import type { JobDetail, JobInput, JobPatch, JobScheduleMode } from '@contract/jobs';
import { requiredText, safeText } from '../../../shared/util/text-validators';
import { createCustomFieldControls, sameCustomFieldValues } from '../../../shared/ui/custom-fields/custom-field-controls';

/** The customer picked in the autocomplete (the input holds the typed text until one is picked). */
export interface CustomerChoice {
  id: string;
  name: string;
  code?: string;
}

export type JobForm = ReturnType<typeof createJobForm>;

const DESCRIPTION_MAX = 4000;
const descriptionValidators = [Validators.maxLength(DESCRIPTION_MAX), safeText];
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Typed text is not a customer: one must be picked among the suggestions. */
const customerPicked: ValidatorFn = (control: AbstractControl<CustomerChoice | string | null>) => {
  const value = control.value;
  if (value === null || value === '') return { required: true };
  return typeof value === 'string' ? { customerNotPicked: true } : null;
};

/** A date and a time of day in the browser's time zone, as the API's UTC instant; null when either is missing. */
export function toInstant(date: Date | null, time: string | null): string | null {
  if (!date || !time || !TIME.test(time)) return null;
  const [hours, minutes] = time.split(':').map(Number);
  const local = new Date(date.getFullYear(), date.getMonth(), date.getDate(), hours, minutes);
  return Number.isNaN(local.getTime()) ? null : local.toISOString();
}

/** The date (midnight, local) and "HH:MM" of an instant, for the date picker and the time input. */
export function fromInstant(iso: string | null): { date: Date | null; time: string } {
  if (!iso) return { date: null, time: '' };
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: new Date(at.getFullYear(), at.getMonth(), at.getDate()), time: `${pad(at.getHours())}:${pad(at.getMinutes())}` };
}

/**
 * Rules across fields, mirrored from contract/jobs.ts (the server checks them again): a date needs its
 * time, start and end go together, the end comes after the start, and the job manager is not also an
 * auxiliary. Errors sit on the form group; the page shows them next to the fields concerned.
 */
export const jobFormRules: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const form = group as JobForm;
  const v = form.getRawValue();
  const errors: ValidationErrors = {};
  const half = (date: Date | null, time: string) => !!date !== !!time;
  if (half(v.startDate, v.startTime) || (v.startTime && !TIME.test(v.startTime))) errors['startIncomplete'] = true;
  if (half(v.endDate, v.endTime) || (v.endTime && !TIME.test(v.endTime))) errors['endIncomplete'] = true;
  const start = toInstant(v.startDate, v.startTime);
  const end = toInstant(v.endDate, v.endTime);
  if (!errors['startIncomplete'] && !errors['endIncomplete'] && !!start !== !!end) errors['startAndEndTogether'] = true;
  if (start && end && end <= start) errors['endBeforeStart'] = true;
  if (v.managerId && v.auxiliaryIds.includes(v.managerId)) errors['managerAlsoAuxiliary'] = true;
  return Object.keys(errors).length ? errors : null;
};

export function createJobForm() {
  return new FormGroup(
    {
      customer: new FormControl<CustomerChoice | string | null>(null, customerPicked),
      siteId: new FormControl<string | null>(null, Validators.required),
      contactId: new FormControl<string | null>(null),
      description: new FormControl('', { nonNullable: true, validators: descriptionValidators }),
      startDate: new FormControl<Date | null>(null),
      startTime: new FormControl('', { nonNullable: true }),
      endDate: new FormControl<Date | null>(null),
      endTime: new FormControl('', { nonNullable: true }),
      jobTypeId: new FormControl<string | null>(null, Validators.required),
      templateId: new FormControl<string | null>(null),
      managerId: new FormControl<string | null>(null),
      auxiliaryIds: new FormControl<string[]>([], { nonNullable: true }),
      customFields: createCustomFieldControls(),
      schedule: new FormControl<JobScheduleMode>('scheduled', { nonNullable: true }),
    },
    { validators: jobFormRules },
  );
}

/** settings.jobDescriptionMandatory, read when the form opens. */
export function applyDescriptionRule(form: JobForm, mandatory: boolean): void {
  const control = form.controls.description;
  control.setValidators(mandatory ? [requiredText, ...descriptionValidators] : descriptionValidators);
  control.updateValueAndValidity({ emitEvent: false });
}

export function plannedTimes(form: JobForm): { plannedStart: string | null; plannedEnd: string | null } {
  const v = form.getRawValue();
  return { plannedStart: toInstant(v.startDate, v.startTime), plannedEnd: toInstant(v.endDate, v.endTime) };
}

/** No job manager or no dates: the job waits in the job pool (status created), whatever the radio says. */
export function goesToPool(form: JobForm): boolean {
  const { plannedStart, plannedEnd } = plannedTimes(form);
  return !form.controls.managerId.value || !plannedStart || !plannedEnd;
}

const orNull = (value: string | null | undefined) => (value ? value : null);

export function toJobInput(form: JobForm, customFields: Record<string, unknown>): JobInput {
  const v = form.getRawValue();
  const customer = v.customer as CustomerChoice;
  return {
    customerId: customer.id,
    siteId: v.siteId!,
    contactId: orNull(v.contactId),
    description: v.description.trim(),
    ...plannedTimes(form),
    jobTypeId: v.jobTypeId!,
    templateId: orNull(v.templateId),
    managerId: orNull(v.managerId),
    auxiliaryIds: v.auxiliaryIds,
    customFields,
    schedule: v.schedule,
  };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * What changed against the version the edit is based on: only those fields travel, so an untouched
 * template is never re-pinned and a concurrent change to another field is not overwritten.
 */
export function toJobPatch(form: JobForm, base: JobDetail, customFields: Record<string, unknown>): JobPatch {
  const v = form.getRawValue();
  const patch: JobPatch = {};
  const manager = base.technicians.find((t) => t.role === 'manager')?.userId ?? null;
  const auxiliaries = base.technicians.filter((t) => t.role === 'auxiliary').map((t) => t.userId);
  const { plannedStart, plannedEnd } = plannedTimes(form);
  if (v.siteId && v.siteId !== base.site?.id) patch.siteId = v.siteId;
  if (orNull(v.contactId) !== (base.contact?.id ?? null)) patch.contactId = orNull(v.contactId);
  if (v.description.trim() !== base.description) patch.description = v.description.trim();
  if (plannedStart !== base.plannedStart) patch.plannedStart = plannedStart;
  if (plannedEnd !== base.plannedEnd) patch.plannedEnd = plannedEnd;
  if (v.jobTypeId && v.jobTypeId !== base.jobType?.id) patch.jobTypeId = v.jobTypeId;
  if (orNull(v.templateId) !== (base.template?.id ?? null)) patch.templateId = orNull(v.templateId);
  if (orNull(v.managerId) !== manager) patch.managerId = orNull(v.managerId);
  if (!sameList([...v.auxiliaryIds].sort(), [...auxiliaries].sort())) patch.auxiliaryIds = v.auxiliaryIds;
  if (!sameCustomFieldValues(customFields, base.customFields)) patch.customFields = customFields;
  return patch;
}

export function fillJobForm(form: JobForm, job: JobDetail): void {
  const start = fromInstant(job.plannedStart);
  const end = fromInstant(job.plannedEnd);
  form.patchValue({
    customer: { id: job.customer.id, name: job.customer.name, code: job.customer.code },
    siteId: job.site?.id ?? null,
    contactId: job.contact?.id ?? null,
    description: job.description,
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    jobTypeId: job.jobType?.id ?? null,
    templateId: job.template?.id ?? null,
    managerId: job.technicians.find((t) => t.role === 'manager')?.userId ?? null,
    auxiliaryIds: job.technicians.filter((t) => t.role === 'auxiliary').map((t) => t.userId),
  });
  form.markAsPristine();
}
