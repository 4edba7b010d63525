import { z } from 'zod';
import { Email, Id, IsoDateTime, PageQuery, Phone, SafeText, pageOf, searchQuery } from './common';

const optionalText = (max: number) => SafeText(max).nullable().optional();

export const Site = z.object({
  id: Id,
  customerId: Id,
  name: z.string(),
  addressLine1: z.string(),
  addressLine2: z.string().nullable(),
  postalCode: z.string(),
  city: z.string(),
  country: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  accessNotes: z.string().nullable(),
});
export type Site = z.infer<typeof Site>;

export const Contact = z.object({
  id: Id,
  customerId: Id,
  siteId: Id.nullable(),
  name: z.string(),
  jobTitle: z.string().nullable(),
  phone: z.string().nullable(),
  mobile: z.string().nullable(),
  email: z.string().nullable(),
  isPrimary: z.boolean(),
});
export type Contact = z.infer<typeof Contact>;

/** The contact of a job, as the job's pages and the technician app show it. */
export const JobContact = Contact.pick({ id: true, name: true, phone: true, mobile: true, email: true });

export const CustomerSummary = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  city: z.string().nullable().describe('City of the first site'),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  siteCount: z.number().int(),
  updatedAt: IsoDateTime,
  customFields: z.record(z.string(), z.unknown()).optional().describe('Values of the active customer custom fields (always sent)'),
});
export type CustomerSummary = z.infer<typeof CustomerSummary>;

export const Customer = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  notes: z.string().nullable(),
  customFields: z.record(z.string(), z.unknown()),
  sites: z.array(Site),
  contacts: z.array(Contact),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: z.number().int(),
});
export type Customer = z.infer<typeof Customer>;

export const SiteInput = z.strictObject({
  id: Id.optional().describe('Present to keep an existing site, absent to add one'),
  name: SafeText(120).min(1),
  addressLine1: SafeText(200).min(1),
  addressLine2: optionalText(200),
  postalCode: SafeText(20).min(1),
  city: SafeText(100).min(1),
  country: z.string().trim().toUpperCase().length(2),
  latitude: z.number().min(-90).max(90).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional(),
  accessNotes: optionalText(1000),
});
export type SiteInput = z.infer<typeof SiteInput>;

export const ContactInput = z.strictObject({
  id: Id.optional(),
  name: SafeText(120).min(1),
  jobTitle: optionalText(120),
  phone: Phone.nullable().optional(),
  mobile: Phone.nullable().optional(),
  email: Email.nullable().optional(),
  isPrimary: z.boolean().optional(),
});
export type ContactInput = z.infer<typeof ContactInput>;

/** Create and update share one shape; sites and contacts are replaced as a whole list. */
export const CustomerInput = z.strictObject({
  name: SafeText(200).min(1),
  email: Email.nullable().optional(),
  phone: Phone.nullable().optional(),
  notes: optionalText(4000),
  customFields: z.record(z.string(), z.unknown()).optional(),
  sites: z.array(SiteInput).max(200).default([]),
  contacts: z.array(ContactInput).max(200).default([]),
});
export type CustomerInput = z.input<typeof CustomerInput>;

export const CustomerListQuery = PageQuery.extend({
  q: searchQuery('Name or code, prefix match'),
  sort: z.enum(['name', 'updatedAt']).default('name'),
  cf: z
    .record(z.string().regex(/^[a-z][a-zA-Z0-9_]{0,39}$/), z.string().trim().min(1).max(200))
    .optional()
    .describe('Custom field filters, sent as `cf.<key>=<value>` (equality; checkbox `true`/`false`; choice: the option value)'),
});
export type CustomerListQuery = z.input<typeof CustomerListQuery>;

export const CustomerPage = pageOf(CustomerSummary);
export type CustomerPage = z.infer<typeof CustomerPage>;

export const CustomerJob = z.object({
  id: Id,
  number: z.string(),
  status: z.string(),
  plannedStart: IsoDateTime.nullable(),
  description: z.string(),
  managerName: z.string().nullable(),
  siteCity: z.string().nullable(),
});
export type CustomerJob = z.infer<typeof CustomerJob>;
export const CustomerJobPage = pageOf(CustomerJob);
export type CustomerJobPage = z.infer<typeof CustomerJobPage>;

/**
 * PATCH body: every field optional and, unlike `CustomerInput.partial()`, no default — a missing
 * `sites` or `contacts` keeps them; a list that is sent replaces them (ids sent are kept).
 */
export const CustomerPatch = CustomerInput.extend({
  sites: z.array(SiteInput).max(200).optional(),
  contacts: z.array(ContactInput).max(200).optional(),
}).partial();
export type CustomerPatch = z.input<typeof CustomerPatch>;
