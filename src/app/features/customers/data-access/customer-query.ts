import type { Params } from '@angular/router';
import type { CustomerListQuery } from '@contract';

export type CustomerSort = NonNullable<CustomerListQuery['sort']>;
export const customerSorts: readonly CustomerSort[] = ['name', 'updatedAt'];

/** One custom field value the list is filtered by (`cf.<key>=<value>` in the URL and the API). */
export interface CustomFieldFilter {
  key: string;
  value: string;
}

/** What the list shows: lives in the store and in the URL (`/customers?q=dup&sort=updatedAt&cf.region=north`). */
export interface CustomerQuery {
  q: string;
  sort: CustomerSort;
  /** Absent when the list is not filtered by a custom field. */
  cf?: CustomFieldFilter | null;
}

export const defaultCustomerQuery: CustomerQuery = { q: '', sort: 'name' };

const CUSTOM_FIELD_PARAM = /^cf\.([a-z][a-zA-Z0-9_]{0,39})$/;

export function queryFromParams(params: Params): CustomerQuery {
  const q = typeof params['q'] === 'string' ? params['q'].trim().slice(0, 100) : '';
  const sort = customerSorts.includes(params['sort']) ? (params['sort'] as CustomerSort) : 'name';
  const cf = filterFromParams(params);
  return cf ? { q, sort, cf } : { q, sort };
}

function filterFromParams(params: Params): CustomFieldFilter | null {
  for (const [name, raw] of Object.entries(params)) {
    const key = CUSTOM_FIELD_PARAM.exec(name)?.[1];
    const value = typeof raw === 'string' ? raw.trim().slice(0, 200) : '';
    if (key && value) return { key, value };
  }
  return null;
}

/** Defaults are left out so the plain address stays `/customers`. */
export function queryToParams(query: CustomerQuery): Params {
  const params: Params = { q: query.q || null, sort: query.sort === 'name' ? null : query.sort };
  if (query.cf) params[`cf.${query.cf.key}`] = query.cf.value;
  return params;
}

export function sameFilter(a: CustomFieldFilter | null = null, b: CustomFieldFilter | null = null): boolean {
  return a === b || (a !== null && b !== null && a.key === b.key && a.value === b.value);
}

export function sameQuery(a: CustomerQuery | null, b: CustomerQuery | null): boolean {
  return a === b || (a !== null && b !== null && a.q === b.q && a.sort === b.sort && sameFilter(a.cf, b.cf));
}
