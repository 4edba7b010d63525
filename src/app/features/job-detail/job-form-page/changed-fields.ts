import type { JobDetail } from '@contract/jobs';
import { type JobForm, plannedTimes } from '../ui/job-form-model';
import type { ChangedField } from '../../../shared/ui/edit-conflict/edit-conflict';

/** Names for ids the form holds (sites, contacts, technicians, job types, templates) and dates as text. */
export interface ChangedFieldNames {
  site(id: string | null): string;
  contact(id: string | null): string;
  technician(id: string | null): string;
  jobType(id: string | null): string;
  template(id: string | null): string;
  instant(iso: string | null): string;
}

/** Where the newest saved version and the form disagree, for the side-by-side after a 412. */
export function changedJobFields(latest: JobDetail, form: JobForm, names: ChangedFieldNames): ChangedField[] {
  const v = form.getRawValue();
  const mine = plannedTimes(form);
  const fields: ChangedField[] = [];
  const compare = (labelKey: string, saved: string, edited: string) => {
    if (saved.trim() !== edited.trim()) fields.push({ labelKey, latest: saved.trim(), mine: edited.trim() });
  };
  const managerOf = (job: JobDetail) => job.technicians.find((t) => t.role === 'manager')?.userId ?? null;
  const auxiliariesOf = (ids: readonly (string | null)[]) => ids.map((id) => names.technician(id)).sort().join(', ');
  compare('jobDetail.form.site', names.site(latest.site?.id ?? null), names.site(v.siteId));
  compare('jobDetail.form.contact', names.contact(latest.contact?.id ?? null), names.contact(v.contactId));
  compare('jobDetail.form.description', latest.description, v.description);
  compare('jobDetail.form.plannedStart', names.instant(latest.plannedStart), names.instant(mine.plannedStart));
  compare('jobDetail.form.plannedEnd', names.instant(latest.plannedEnd), names.instant(mine.plannedEnd));
  compare('jobDetail.form.jobType', names.jobType(latest.jobType?.id ?? null), names.jobType(v.jobTypeId));
  compare('jobDetail.form.template', names.template(latest.template?.id ?? null), names.template(v.templateId));
  compare('jobDetail.form.manager', names.technician(managerOf(latest)), names.technician(v.managerId));
  compare(
    'jobDetail.form.auxiliaries',
    auxiliariesOf(latest.technicians.filter((t) => t.role === 'auxiliary').map((t) => t.userId)),
    auxiliariesOf(v.auxiliaryIds),
  );
  return fields;
}
