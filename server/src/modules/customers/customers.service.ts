import type { Kysely } from 'kysely';
import {
  ContactInput,
  CustomerInput,
  CustomerPatch,
  SiteInput,
  type Contact,
  type Customer,
  type Site,
} from '@contract';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork, inVersionedEdit } from '../../plugins/unit-of-work';
import { nextCounter } from '../../shared/counters';
import { diff } from '../../shared/diff';
import { conflict, invalidInput } from '../../shared/errors';
import { rewriteJobsSearch } from '../../platform/job-search';
import { searchForm } from '../../shared/text';
import { checkedCustomFields } from '../custom-fields';
import { updateVersioned } from '../../shared/versioning';
import { syncCustomValues } from './customer-custom-values';
import { findCustomer, highestCustomerNumber } from './customers.repository';

type NewCustomerInput = z.output<typeof CustomerInput>;
type CustomerChanges = z.output<typeof CustomerPatch>;
type SiteFields = z.output<typeof SiteInput>;
type ContactFields = z.output<typeof ContactInput>;

export async function createCustomer(db: Kysely<Database>, input: NewCustomerInput, actor: Actor | null): Promise<Customer> {
  checkOnePrimary(input.contacts);
  return inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    const customFields = await checkedCustomFields(trx, 'customer', input.customFields);
    const number = await nextCounter(trx, 'customer_code', () => highestCustomerNumber(trx));
    const id = crypto.randomUUID();
    const now = new Date().toISOString();
    await trx
      .insertInto('customers')
      .values({
        id,
        code: `C-${String(number).padStart(6, '0')}`,
        name: input.name,
        searchName: searchForm(input.name),
        email: input.email ?? null,
        phone: input.phone || null,
        notes: input.notes ?? null,
        customFields: JSON.stringify(customFields),
        createdAt: now,
        updatedAt: now,
        version: 1,
      })
      .execute();
    await syncCustomValues(trx, id, customFields);
    await replaceSites(trx, id, [], input.sites, now);
    await replaceContacts(trx, id, [], input.contacts, now);
    const created = (await findCustomer(trx, id))!;
    uow.audit({ actor, action: 'create', entityType: 'customer', entityId: id, changes: diff(null, snapshot(created)) });
    uow.publish('customer.updated', { customerId: id, code: created.code, name: created.name, version: 1, created: true });
    return created;
  });
}

/** PATCH: fields sent are changed; a `sites` or `contacts` list sent replaces the current one. */
export async function updateCustomer(
  db: Kysely<Database>,
  id: string,
  changes: CustomerChanges,
  expectedVersion: number,
  actor: Actor | null,
): Promise<Customer> {
  if (changes.contacts) checkOnePrimary(changes.contacts);
  const target = { find: (trx: Kysely<Database>) => findCustomer(trx, id), what: 'This customer', expectedVersion };
  return inVersionedEdit(db, target, async (uow, before) => {
    const { trx } = uow;
    const now = new Date().toISOString();
    const { sites, contacts, customFields, ...scalars } = changes;
    if (scalars.phone === '') scalars.phone = null;
    const checkedFields = customFields === undefined ? undefined : await checkedCustomFields(trx, 'customer', customFields);
    // Another writer committed first: only one of two concurrent edits of a version wins.
    await updateVersioned(trx, 'customers', id, expectedVersion, {
      ...scalars,
      ...(scalars.name !== undefined ? { searchName: searchForm(scalars.name) } : {}),
      ...(checkedFields !== undefined ? { customFields: JSON.stringify(checkedFields) } : {}),
      updatedAt: now,
    });
    if (checkedFields !== undefined) await syncCustomValues(trx, id, checkedFields);
    if (sites) await replaceSites(trx, id, before.sites, sites, now);
    if (contacts) await replaceContacts(trx, id, before.contacts, contacts, now);
    const after = (await findCustomer(trx, id))!;
    await keepJobSearchCurrent(trx, before, after);
    uow.audit({
      actor,
      action: 'update',
      entityType: 'customer',
      entityId: id,
      changes: diff(snapshot(before), snapshot(after)),
    });
    uow.publish('customer.updated', { customerId: id, code: after.code, name: after.name, version: after.version });
    return after;
  });
}

/**
 * The jobs' word search names the customer and the site's city: a rename or a new city rewrites that
 * part of the search text of the jobs concerned — the first steps in this transaction, the rest
 * by the server right after (platform/search-rewrites.ts).
 */
async function keepJobSearchCurrent(trx: Kysely<Database>, before: Customer, after: Customer): Promise<void> {
  if (after.name !== before.name) await rewriteJobsSearch(trx, { customerId: after.id, siteId: null });
  const cityBefore = new Map(before.sites.map((site) => [site.id, site.city]));
  for (const site of after.sites) {
    const city = cityBefore.get(site.id);
    if (city !== undefined && city !== site.city) await rewriteJobsSearch(trx, { customerId: after.id, siteId: site.id });
  }
}

/** What the audit trail compares: the customer as a user sees it, without timestamps. */
function snapshot(c: Customer) {
  const { id: _id, code: _code, createdAt: _c, updatedAt: _u, version: _v, ...rest } = c;
  return rest;
}

function checkOnePrimary(contacts: ContactFields[]): void {
  const primaries = contacts.flatMap((c, i) => (c.isPrimary ? [i] : []));
  if (primaries.length > 1) {
    throw invalidInput(
      primaries.slice(1).map((i) => ({ in: 'body', path: `contacts.${i}.isPrimary`, message: 'Only one contact can be primary' })),
    );
  }
}

/**
 * The ids of the current entries a list sent no longer names (to remove). Ids sent must be this
 * customer's, each once; anything else is a 400 naming the entry.
 */
function removedIds(list: 'sites' | 'contacts', sent: { id?: string }[], current: { id: string }[]): string[] {
  const known = new Set(current.map((x) => x.id));
  const seen = new Set<string>();
  const issues = sent.flatMap((x, i) => {
    if (x.id === undefined) return [];
    if (!known.has(x.id)) return [{ in: 'body', path: `${list}.${i}.id`, message: `Not one of this customer's ${list}` }];
    if (seen.has(x.id)) return [{ in: 'body', path: `${list}.${i}.id`, message: 'Listed twice' }];
    seen.add(x.id);
    return [];
  });
  if (issues.length > 0) throw invalidInput(issues);
  return current.filter((x) => !seen.has(x.id)).map((x) => x.id);
}

async function replaceSites(trx: Kysely<Database>, customerId: string, current: Site[], sent: SiteFields[], now: string) {
  const removed = removedIds('sites', sent, current);
  if (removed.length > 0) {
    const usedByJob = await trx.selectFrom('jobs').select('siteId').where('siteId', 'in', removed).limit(1).executeTakeFirst();
    const usedByPart = await trx.selectFrom('serialUnits').select('siteId').where('siteId', 'in', removed).limit(1).executeTakeFirst();
    const used = usedByJob?.siteId ?? usedByPart?.siteId;
    if (used) {
      throw conflict('site_in_use', 'This site has jobs or installed parts: it cannot be removed.', { siteId: used });
    }
    await trx.deleteFrom('sites').where('id', 'in', removed).execute();
  }
  for (const site of sent) {
    const fields = {
      name: site.name,
      addressLine1: site.addressLine1,
      addressLine2: site.addressLine2 ?? null,
      postalCode: site.postalCode,
      city: site.city,
      country: site.country,
      latitude: site.latitude ?? null,
      longitude: site.longitude ?? null,
      accessNotes: site.accessNotes ?? null,
      updatedAt: now,
    };
    if (site.id) await trx.updateTable('sites').set(fields).where('id', '=', site.id).execute();
    else await trx.insertInto('sites').values({ ...fields, id: crypto.randomUUID(), customerId, createdAt: now }).execute();
  }
}

async function replaceContacts(trx: Kysely<Database>, customerId: string, current: Contact[], sent: ContactFields[], now: string) {
  const removed = removedIds('contacts', sent, current);
  if (removed.length > 0) {
    const used = await trx.selectFrom('jobs').select('contactId').where('contactId', 'in', removed).limit(1).executeTakeFirst();
    if (used?.contactId) {
      throw conflict('contact_in_use', 'This contact is named on jobs: it cannot be removed.', { contactId: used.contactId });
    }
    await trx.deleteFrom('contacts').where('id', 'in', removed).execute();
  }
  for (const contact of sent) {
    const fields = {
      name: contact.name,
      jobTitle: contact.jobTitle ?? null,
      phone: contact.phone || null,
      mobile: contact.mobile || null,
      email: contact.email ?? null,
      isPrimary: contact.isPrimary ? (1 as const) : (0 as const),
      updatedAt: now,
    };
    if (contact.id) await trx.updateTable('contacts').set(fields).where('id', '=', contact.id).execute();
    else {
      await trx
        .insertInto('contacts')
        .values({ ...fields, id: crypto.randomUUID(), customerId, siteId: null, createdAt: now })
        .execute();
    }
  }
}
