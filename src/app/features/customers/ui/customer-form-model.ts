import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import type { Contact, ContactInput, Customer, CustomerInput, Site, SiteInput } from '@contract';
import { emailAddress, phoneNumber, requiredText, safeText } from '../../../shared/util/text-validators';
import { createCustomFieldControls } from '../../../shared/ui/custom-fields/custom-field-controls';

// Limits mirror contract/customers.ts.
const text = (value: string, max: number, required = false) =>
  new FormControl(value, {
    nonNullable: true,
    validators: [...(required ? [requiredText] : []), Validators.maxLength(max), safeText],
  });
const phone = (value: string | null) =>
  new FormControl(value ?? '', { nonNullable: true, validators: [Validators.maxLength(30), phoneNumber] });
const email = (value: string | null) =>
  new FormControl(value ?? '', { nonNullable: true, validators: [Validators.maxLength(254), emailAddress] });
const coordinate = (value: number | null, limit: number) =>
  new FormControl<number | null>(value, [Validators.min(-limit), Validators.max(limit)]);

export function createSiteGroup(site?: Site) {
  return new FormGroup({
    id: new FormControl<string | null>(site?.id ?? null),
    name: text(site?.name ?? '', 120, true),
    addressLine1: text(site?.addressLine1 ?? '', 200, true),
    addressLine2: text(site?.addressLine2 ?? '', 200),
    postalCode: text(site?.postalCode ?? '', 20, true),
    city: text(site?.city ?? '', 100, true),
    country: new FormControl(site?.country ?? 'FR', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(/^\s*[A-Za-z]{2}\s*$/)],
    }),
    latitude: coordinate(site?.latitude ?? null, 90),
    longitude: coordinate(site?.longitude ?? null, 180),
    accessNotes: text(site?.accessNotes ?? '', 1000),
  });
}
export type SiteGroup = ReturnType<typeof createSiteGroup>;

export function createContactGroup(contact?: Contact) {
  return new FormGroup({
    id: new FormControl<string | null>(contact?.id ?? null),
    name: text(contact?.name ?? '', 120, true),
    jobTitle: text(contact?.jobTitle ?? '', 120),
    phone: phone(contact?.phone ?? null),
    mobile: phone(contact?.mobile ?? null),
    email: email(contact?.email ?? null),
    isPrimary: new FormControl(contact?.isPrimary ?? false, { nonNullable: true }),
  });
}
export type ContactGroup = ReturnType<typeof createContactGroup>;

export function createCustomerForm(customer?: Customer) {
  return new FormGroup({
    name: text(customer?.name ?? '', 200, true),
    email: email(customer?.email ?? null),
    phone: phone(customer?.phone ?? null),
    notes: text(customer?.notes ?? '', 4000),
    sites: new FormArray<SiteGroup>((customer?.sites ?? []).map((site) => createSiteGroup(site))),
    contacts: new FormArray<ContactGroup>((customer?.contacts ?? []).map((contact) => createContactGroup(contact))),
    /** Filled from the definitions (syncCustomFieldControls): they arrive separately. */
    customFields: createCustomFieldControls(),
  });
}
export type CustomerForm = ReturnType<typeof createCustomerForm>;

/** Puts a customer's values into an existing form (same shape, arrays rebuilt). */
export function fillCustomerForm(form: CustomerForm, customer: Customer): void {
  const fresh = createCustomerForm(customer);
  form.controls.sites.clear({ emitEvent: false });
  fresh.controls.sites.controls.forEach((site) => form.controls.sites.push(site, { emitEvent: false }));
  form.controls.contacts.clear({ emitEvent: false });
  fresh.controls.contacts.controls.forEach((contact) => form.controls.contacts.push(contact, { emitEvent: false }));
  form.patchValue({ name: fresh.value.name, email: fresh.value.email, phone: fresh.value.phone, notes: fresh.value.notes });
  form.markAsPristine();
  form.markAsUntouched();
}

const orNull = (value: string | null | undefined) => {
  const trimmed = (value ?? '').trim();
  return trimmed ? trimmed : null;
};

/** The form as the API's CustomerInput: trimmed, empty optional text as null, kept ids for kept rows. */
export function toCustomerInput(form: CustomerForm, customFields?: Record<string, unknown>): CustomerInput {
  const value = form.getRawValue();
  const sites: SiteInput[] = value.sites.map((site) => ({
    ...(site.id ? { id: site.id } : {}),
    name: site.name.trim(),
    addressLine1: site.addressLine1.trim(),
    addressLine2: orNull(site.addressLine2),
    postalCode: site.postalCode.trim(),
    city: site.city.trim(),
    country: site.country.trim().toUpperCase(),
    latitude: site.latitude ?? null,
    longitude: site.longitude ?? null,
    accessNotes: orNull(site.accessNotes),
  }));
  const contacts: ContactInput[] = value.contacts.map((contact) => ({
    ...(contact.id ? { id: contact.id } : {}),
    name: contact.name.trim(),
    jobTitle: orNull(contact.jobTitle),
    phone: orNull(contact.phone),
    mobile: orNull(contact.mobile),
    email: orNull(contact.email)?.toLowerCase() ?? null,
    isPrimary: contact.isPrimary,
  }));
  return {
    name: value.name.trim(),
    email: orNull(value.email)?.toLowerCase() ?? null,
    phone: orNull(value.phone),
    notes: orNull(value.notes),
    ...(customFields ? { customFields } : {}),
    sites,
    contacts,
  };
}

export interface FieldIssue {
  path: string;
  message: string;
}

/**
 * The server's 400 `details` as dotted paths ("sites.0.name"). Accepts a list of issues
 * (`{ path: [..] | "a.b", message }`), `{ issues: [...] }`, `{ fields: { path: message } }` or a plain map.
 */
export function fieldIssuesFrom(details: unknown): FieldIssue[] {
  if (!details || typeof details !== 'object') return [];
  const record = details as Record<string, unknown>;
  if (Array.isArray(details)) return details.flatMap(issueFrom);
  if (Array.isArray(record['issues'])) return (record['issues'] as unknown[]).flatMap(issueFrom);
  const fields = (record['fields'] && typeof record['fields'] === 'object' ? record['fields'] : record) as Record<
    string,
    unknown
  >;
  return Object.entries(fields).flatMap(([path, message]) => {
    const text = Array.isArray(message) ? message[0] : message;
    return typeof text === 'string' ? [{ path: stripBody(path), message: text }] : [];
  });
}

function issueFrom(issue: unknown): FieldIssue[] {
  if (!issue || typeof issue !== 'object') return [];
  const { path, message } = issue as { path?: unknown; message?: unknown };
  const dotted = Array.isArray(path) ? path.join('.') : typeof path === 'string' ? path : '';
  return [{ path: stripBody(dotted), message: typeof message === 'string' ? message : '' }];
}

/** Some validators prefix paths with the request part ("body.sites.0.name", "/sites/0/name"). */
function stripBody(path: string): string {
  return path.replace(/^\//, '').replace(/\//g, '.').replace(/^body\.?/, '');
}

/** Marks each field the server refused; returns the issues that match no field (shown above the form). */
export function applyFieldIssues(form: CustomerForm, issues: FieldIssue[]): FieldIssue[] {
  const unmatched: FieldIssue[] = [];
  for (const issue of issues) {
    const control = issue.path ? form.get(issue.path) : null;
    if (control && !(control instanceof FormArray)) {
      control.setErrors({ ...(control.errors ?? {}), server: issue.message || 'invalid' });
      control.markAsTouched();
    } else {
      unmatched.push(issue);
    }
  }
  return unmatched;
}
