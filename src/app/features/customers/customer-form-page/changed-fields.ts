import type { Customer } from '@contract';
import type { CustomerForm } from '../ui/customer-form-model';
import type { ChangedField } from '../../../shared/ui/edit-conflict/edit-conflict';

const clean = (value: string | null | undefined) => (value ?? '').trim();

/** Where the newest saved version and the form disagree, for the side-by-side after a 412. */
export function changedFields(latest: Customer, form: CustomerForm): ChangedField[] {
  const mine = form.getRawValue();
  const fields: ChangedField[] = [];
  const compare = (labelKey: string, saved: string | null, edited: string) => {
    if (clean(saved) !== clean(edited)) fields.push({ labelKey, latest: clean(saved), mine: clean(edited) });
  };
  compare('customers.form.name', latest.name, mine.name);
  compare('customers.form.email', latest.email, mine.email);
  compare('customers.form.phone', latest.phone, mine.phone);
  compare('customers.form.notes', latest.notes, mine.notes);
  const sitesOf = (names: string[]) => names.map(clean).join(', ');
  compare('customers.form.sites', sitesOf(latest.sites.map((s) => s.name)), sitesOf(mine.sites.map((s) => s.name)));
  compare(
    'customers.form.contacts',
    sitesOf(latest.contacts.map((c) => c.name)),
    sitesOf(mine.contacts.map((c) => c.name)),
  );
  return fields;
}
