import { sql, type Kysely, type Selectable } from 'kysely';
import type { Contact, Customer, CustomerListQuery, CustomerSummary, Page, Site } from '@contract';
import type { z } from 'zod';
import type { ContactsTable, CustomersTable, Database, SitesTable } from '../../db/database';
import { keysetPage } from '../../shared/cursor';
import { afterCountedTextKey, blockTotal, cappedCount, decodeCountedCursor } from '../../shared/list-total';
import { byCodePoint } from '../../shared/dialect';
import { likePrefix, searchForm } from '../../shared/text';
import { listCustomFields } from '../custom-fields';
import { checkFilters, withCustomValues } from './customer-custom-values';

type ListQuery = z.output<typeof CustomerListQuery>;

export function toSite(row: Selectable<SitesTable>): Site {
  return {
    id: row.id,
    customerId: row.customerId,
    name: row.name,
    addressLine1: row.addressLine1,
    addressLine2: row.addressLine2,
    postalCode: row.postalCode,
    city: row.city,
    country: row.country,
    latitude: row.latitude === null ? null : Number(row.latitude),
    longitude: row.longitude === null ? null : Number(row.longitude),
    accessNotes: row.accessNotes,
  };
}

export function toContact(row: Selectable<ContactsTable>): Contact {
  return {
    id: row.id,
    customerId: row.customerId,
    siteId: row.siteId,
    name: row.name,
    jobTitle: row.jobTitle,
    phone: row.phone,
    mobile: row.mobile,
    email: row.email,
    isPrimary: row.isPrimary === 1,
  };
}

export function toCustomer(row: Selectable<CustomersTable>, sites: Site[], contacts: Contact[]): Customer {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    email: row.email,
    phone: row.phone,
    notes: row.notes,
    customFields: JSON.parse(row.customFields) as Record<string, unknown>,
    sites,
    contacts,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

/** The customer with its sites (oldest first) and contacts (primary first). */
export async function findCustomer(db: Kysely<Database>, id: string): Promise<Customer | undefined> {
  const row = await db.selectFrom('customers').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const sites = await db
    .selectFrom('sites')
    .selectAll()
    .where('customerId', '=', id)
    .orderBy('createdAt')
    .orderBy('name')
    .orderBy('id')
    .execute();
  const contacts = await db
    .selectFrom('contacts')
    .selectAll()
    .where('customerId', '=', id)
    .orderBy('isPrimary', 'desc')
    .orderBy('name')
    .orderBy('id')
    .execute();
  return toCustomer(row, sites.map(toSite), contacts.map(toContact));
}

/** `C-000123`, `c-0001`, `C-`: the caller is typing a customer code. */
const CODE_QUERY = /^c-\d*$/i;

/**
 * Prefix search on the accent-free name, or on the code when the text looks like one; keyset
 * pagination over indexed columns (name: search_name, id ascending by code point; updatedAt:
 * updated_at, id descending). Each filter is one index range, so a page reads about `limit` rows.
 */
export async function listCustomers(db: Kysely<Database>, query: ListQuery): Promise<Page<CustomerSummary>> {
  const term = query.q ? searchForm(query.q) : '';
  const name = byCodePoint(db, 'searchName');
  const active = await listCustomFields(db, { entity: 'customer', active: 'true' });
  const filters = query.cf ?? {};
  checkFilters(filters, active);
  let filtered = withCustomValues(db).selectFrom('customers');
  // Each filter is one range of the (key, value, customer_id) index: no customer's JSON is read.
  for (const [key, value] of Object.entries(filters)) {
    filtered = filtered.where('id', 'in', (eb) =>
      eb.selectFrom('customerCustomValues').select('customerId').where('key', '=', key).where('value', '=', value),
    );
  }
  if (CODE_QUERY.test(term)) {
    filtered = filtered.where(sql<boolean>`${sql.ref('code')} like ${likePrefix(term.toUpperCase())} escape '\\'`);
  } else if (term) {
    filtered = filtered.where(sql<boolean>`${name} like ${likePrefix(term)} escape '\\'`);
  }

  const byName = query.sort === 'name';
  let page = filtered.select(['id', 'code', 'name', 'searchName', 'email', 'phone', 'updatedAt', 'customFields']);
  const cursor = query.cursor ? decodeCountedCursor(query.cursor, ['string', 'string']) : undefined;
  if (cursor) {
    const [key, id] = cursor.key as [string, string];
    page = byName ? page.where(afterCountedTextKey(name, 'id', cursor.key)) : page.where((eb) => eb(eb.refTuple('updatedAt', 'id'), '<', eb.tuple(key, id)));
  } else if (query.offset) {
    page = page.offset(query.offset);
  }
  page = byName ? page.orderBy(name).orderBy('id') : page.orderBy('updatedAt', 'desc').orderBy('id', 'desc');
  const rows = await page.limit(query.limit + 1).execute();

  // count(*) reads an index, never the table rows, and at most TOTAL_CAP + 1 entries of it, however
  // many customers there are; next blocks carry the first block's total in their cursor.
  const total = await blockTotal(cursor?.total, () => cappedCount(db, filtered));
  const { items, nextCursor } = keysetPage(rows, query.limit, (last) => (byName ? [last.searchName, last.id, total] : [last.updatedAt, last.id, total]));
  const sites = await firstSites(db, items.map((r) => r.id));
  const activeKeys = active.map((d) => d.key);
  return {
    items: items.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      city: sites.get(r.id)?.city ?? null,
      phone: r.phone,
      email: r.email,
      siteCount: sites.get(r.id)?.count ?? 0,
      updatedAt: r.updatedAt,
      customFields: activeValues(r.customFields, activeKeys),
    })),
    total,
    nextCursor,
  };
}

/** Only the values of active fields: an inactive field is no longer a column of the list. */
function activeValues(json: string, keys: string[]): Record<string, unknown> {
  const stored = JSON.parse(json) as Record<string, unknown>;
  return Object.fromEntries(keys.flatMap((key) => (stored[key] === undefined ? [] : [[key, stored[key]]])));
}

/** City of the first site and number of sites, for one page of customers (one indexed query). */
async function firstSites(db: Kysely<Database>, customerIds: string[]) {
  const result = new Map<string, { city: string; count: number }>();
  if (customerIds.length === 0) return result;
  const rows = await db
    .selectFrom('sites')
    .select(['customerId', 'city'])
    .where('customerId', 'in', customerIds)
    .orderBy('customerId')
    .orderBy('createdAt')
    .orderBy('name')
    .orderBy('id')
    .execute();
  for (const row of rows) {
    const seen = result.get(row.customerId);
    if (seen) seen.count += 1;
    else result.set(row.customerId, { city: row.city, count: 1 });
  }
  return result;
}

export async function highestCustomerNumber(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('customers')
    .select((eb) => eb.fn.max('code').as('code'))
    .where('code', 'like', 'C-%')
    .executeTakeFirst();
  const match = /^C-(\d+)$/.exec(row?.code ?? '');
  return match ? Number(match[1]) : 0;
}
