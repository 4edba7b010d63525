import type { Params } from '@angular/router';
import type { CatalogItemKind, CatalogItemSort } from '@contract';

/** What the grid shows: lives in the store and in the URL (`/catalog?q=van&familyId=f1&kind=part&active=true`). */
export interface CatalogQuery {
  q: string;
  familyId: string | null;
  kind: CatalogItemKind | null;
  active: boolean | null;
  sort: CatalogItemSort;
}

export const defaultCatalogQuery: CatalogQuery = { q: '', familyId: null, kind: null, active: null, sort: 'name' };

const KINDS: readonly string[] = ['part', 'service'] satisfies CatalogItemKind[];

const text = (value: unknown, max: number) => (typeof value === 'string' ? value.trim().slice(0, max) : '');

export function queryFromParams(params: Params): CatalogQuery {
  const familyId = text(params['familyId'], 64);
  const kind = text(params['kind'], 10);
  const active = params['active'];
  return {
    q: text(params['q'], 100),
    familyId: familyId || null,
    kind: KINDS.includes(kind) ? (kind as CatalogItemKind) : null,
    active: active === 'true' ? true : active === 'false' ? false : null,
    sort: params['sort'] === 'reference' ? 'reference' : 'name',
  };
}

/** Defaults are left out so the plain address stays `/catalog`. */
export function queryToParams(query: CatalogQuery): Params {
  return {
    q: query.q || null,
    familyId: query.familyId,
    kind: query.kind,
    active: query.active === null ? null : String(query.active),
    sort: query.sort === 'name' ? null : query.sort,
  };
}

export function sameQuery(a: CatalogQuery | null, b: CatalogQuery | null): boolean {
  return (
    a === b ||
    (a !== null &&
      b !== null &&
      a.q === b.q &&
      a.familyId === b.familyId &&
      a.kind === b.kind &&
      a.active === b.active &&
      a.sort === b.sort)
  );
}

/** The API's filter parameters of a query (no defaults, no empty values). */
export function filterParams(query: CatalogQuery): Record<string, string> {
  const params: Record<string, string> = { sort: query.sort };
  if (query.q) params['q'] = query.q;
  if (query.familyId) params['familyId'] = query.familyId;
  if (query.kind) params['kind'] = query.kind;
  if (query.active !== null) params['active'] = String(query.active);
  return params;
}

/** The CSV export of what the grid shows (a plain download: the session cookie goes with it). */
export function exportUrl(query: CatalogQuery): string {
  return `/api/catalog/items/export.csv?${new URLSearchParams(filterParams(query)).toString()}`;
}
