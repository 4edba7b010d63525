import type { Params } from '@angular/router';
import type { CustomerListQuery } from '@contract';

export type CustomerSort = NonNullable<CustomerListQuery['sort']>;
export const customerSorts: readonly CustomerSort[] = ['name', 'updatedAt'];

/** What the list shows: lives in the store and in the URL (`/customers?q=dup&sort=updatedAt`). */
export interface CustomerQuery {
  q: string;
  sort: CustomerSort;
}

export const defaultCustomerQuery: CustomerQuery = { q: '', sort: 'name' };

export function queryFromParams(params: Params): CustomerQuery {
  const q = typeof params['q'] === 'string' ? params['q'].trim().slice(0, 100) : '';
  const sort = customerSorts.includes(params['sort']) ? (params['sort'] as CustomerSort) : 'name';
  return { q, sort };
}

/** Defaults are left out so the plain address stays `/customers`. */
export function queryToParams(query: CustomerQuery): Params {
  return { q: query.q || null, sort: query.sort === 'name' ? null : query.sort };
}

export function sameQuery(a: CustomerQuery | null, b: CustomerQuery | null): boolean {
  return a === b || (a !== null && b !== null && a.q === b.q && a.sort === b.sort);
}
