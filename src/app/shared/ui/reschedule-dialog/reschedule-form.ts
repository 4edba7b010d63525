import { type AbstractControl, FormControl, FormGroup, type ValidationErrors, type ValidatorFn, Validators } from '@angular/forms';
import type { JobRescheduleInput } from '@contract/jobs';

/** What the dialog starts from: the job as it is planned now. */
export interface RescheduleSubject {
  number: string;
  plannedStart: string | null;
  plannedEnd: string | null;
  managerId: string | null;
  auxiliaryIds: string[];
  /** The declined queue's context: for whom, why the technician declined and what they proposed. */
  customerName?: string;
  declineReason?: string | null;
  proposedStart?: string | null;
}

export interface TechnicianChoice {
  id: string;
  name: string;
}

const HOUR = 3_600_000;

/** `YYYY-MM-DDTHH:mm` in local time, the value of a datetime-local input. */
export function localInputValue(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value (local time) as the API's UTC timestamp, or null when incomplete. */
export function isoOfLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The planned end must come after the planned start (the server says so too). */
export const endAfterStart: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const start = isoOfLocalInput(group.get('plannedStart')?.value ?? '');
  const end = isoOfLocalInput(group.get('plannedEnd')?.value ?? '');
  return start && end && end <= start ? { endBeforeStart: true } : null;
};

/** Nobody is both the job manager and an auxiliary. */
export const managerNotAuxiliary: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const manager = group.get('managerId')?.value as string | null;
  const auxiliaries = (group.get('auxiliaryIds')?.value ?? []) as string[];
  return manager && auxiliaries.includes(manager) ? { managerIsAuxiliary: true } : null;
};

/** The technicians among the choices whose names are given (the declined queue knows auxiliaries by name). */
export function techniciansNamed(names: readonly string[], technicians: readonly TechnicianChoice[]): string[] {
  return technicians.filter((t) => names.includes(t.name)).map((t) => t.id);
}

/**
 * The form, prefilled: the technician's proposed date when there is one (keeping the planned
 * duration, two hours when unknown), the same job manager and auxiliaries.
 */
export function rescheduleForm(job: RescheduleSubject) {
  const start = job.proposedStart ?? job.plannedStart;
  const duration =
    job.plannedStart && job.plannedEnd ? Math.max(Date.parse(job.plannedEnd) - Date.parse(job.plannedStart), HOUR / 4) : 2 * HOUR;
  const end = start ? new Date(Date.parse(start) + duration).toISOString() : null;
  const auxiliaryIds = job.auxiliaryIds.filter((id) => id !== job.managerId);
  return new FormGroup(
    {
      plannedStart: new FormControl(localInputValue(start), { nonNullable: true, validators: [Validators.required] }),
      plannedEnd: new FormControl(localInputValue(end), { nonNullable: true, validators: [Validators.required] }),
      managerId: new FormControl<string | null>(job.managerId, { validators: [Validators.required] }),
      auxiliaryIds: new FormControl<string[]>(auxiliaryIds, { nonNullable: true }),
    },
    { validators: [endAfterStart, managerNotAuxiliary] },
  );
}

export type RescheduleForm = ReturnType<typeof rescheduleForm>;

/** The request body, or null while the form is not valid. */
export function rescheduleInput(form: RescheduleForm): JobRescheduleInput | null {
  if (form.invalid) return null;
  const value = form.getRawValue();
  const plannedStart = isoOfLocalInput(value.plannedStart);
  const plannedEnd = isoOfLocalInput(value.plannedEnd);
  if (!plannedStart || !plannedEnd) return null;
  return {
    plannedStart,
    plannedEnd,
    managerId: value.managerId,
    auxiliaryIds: value.auxiliaryIds.filter((id) => id !== value.managerId),
  };
}
