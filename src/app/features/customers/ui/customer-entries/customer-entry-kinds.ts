import type { FormFieldRow } from '../../../../shared/ui/form-fields/form-fields';

/** What one repeatable list of the customer form (its sites, its contacts) shows: texts, icon and fields. */
export interface CustomerEntryKind {
  heading: string;
  /** Given `{ n }`, the entry's 1-based position, as the next two. */
  entryTitle: string;
  removeLabel: string;
  addLabel: string;
  addIcon: string;
  rows: readonly FormFieldRow[];
  /** A contact may be marked as the customer's primary one. */
  hasPrimary?: boolean;
}

export const siteEntries: CustomerEntryKind = {
  heading: 'customers.form.sites',
  entryTitle: 'customers.form.siteN',
  removeLabel: 'customers.form.removeSite',
  addLabel: 'customers.form.addSite',
  addIcon: 'add_location_alt',
  rows: [
    [{ name: 'name', label: 'customers.form.siteName', required: true }],
    [
      { name: 'addressLine1', label: 'customers.form.addressLine1', required: true, autocomplete: 'address-line1' },
      { name: 'addressLine2', label: 'customers.form.addressLine2', autocomplete: 'address-line2' },
    ],
    [
      { name: 'postalCode', label: 'customers.form.postalCode', required: true, autocomplete: 'postal-code' },
      { name: 'city', label: 'customers.form.city', required: true, autocomplete: 'address-level2' },
      {
        name: 'country',
        label: 'customers.form.country',
        required: true,
        maxlength: 2,
        autocomplete: 'country',
        hint: 'customers.form.countryHint',
        errorKeys: { 'validation.pattern': 'customers.form.countryInvalid' },
      },
    ],
    [
      { name: 'latitude', label: 'customers.form.latitude', type: 'number', step: 'any' },
      { name: 'longitude', label: 'customers.form.longitude', type: 'number', step: 'any' },
    ],
    [{ name: 'accessNotes', label: 'customers.form.accessNotes', type: 'textarea', rows: 2 }],
  ],
};

export const contactEntries: CustomerEntryKind = {
  heading: 'customers.form.contacts',
  entryTitle: 'customers.form.contactN',
  removeLabel: 'customers.form.removeContact',
  addLabel: 'customers.form.addContact',
  addIcon: 'person_add',
  hasPrimary: true,
  rows: [
    [
      { name: 'name', label: 'customers.form.contactName', required: true, autocomplete: 'off' },
      { name: 'jobTitle', label: 'customers.form.jobTitle', autocomplete: 'off' },
    ],
    [
      { name: 'phone', label: 'customers.form.phone', type: 'tel', autocomplete: 'off' },
      { name: 'mobile', label: 'customers.form.mobile', type: 'tel', autocomplete: 'off' },
      { name: 'email', label: 'customers.form.email', type: 'email', autocomplete: 'off' },
    ],
  ],
};
