import type { CatalogItemKind, CatalogItemSort } from '@contract';
import { type ListChoice, type ListChoiceChange, listChoice } from '../../../../shared/ui/list-page/list-filters';

export interface ItemFilterValues {
  q: string;
  kind: CatalogItemKind | null;
  active: boolean | null;
  sort: CatalogItemSort;
}

/** The catalog's menus beside its search box: kind, active and sort. "all" stands for "no filter". */
export function itemFilterChoices({ kind, active, sort }: ItemFilterValues): ListChoice[] {
  return [
    listChoice('kind', 'catalog.filters.kind', kind ?? 'all', {
      all: 'catalog.filters.allKinds',
      part: 'catalog.kinds.part',
      service: 'catalog.kinds.service',
    }),
    listChoice('active', 'catalog.filters.active', active === null ? 'all' : active ? 'active' : 'inactive', {
      all: 'catalog.filters.activeAll',
      active: 'catalog.filters.activeOnly',
      inactive: 'catalog.filters.inactiveOnly',
    }),
    listChoice('sort', 'catalog.filters.sortBy', sort, { name: 'catalog.filters.sortName', reference: 'catalog.filters.sortReference' }),
  ];
}

/** What the user picked in a menu, as a change of the catalog's query. */
export function itemFilterChange({ key, value }: ListChoiceChange): Partial<ItemFilterValues> {
  if (key === 'kind') return { kind: value === 'all' ? null : (value as CatalogItemKind) };
  if (key === 'active') return { active: value === 'all' ? null : value === 'active' };
  return { sort: value as CatalogItemSort };
}
