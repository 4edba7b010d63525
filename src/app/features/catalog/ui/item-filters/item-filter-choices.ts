import type { CatalogItemKind, CatalogItemSort } from '@contract';
import type { ListChoice, ListChoiceChange } from '../../../../shared/ui/list-page/list-filters';

export interface ItemFilterValues {
  q: string;
  kind: CatalogItemKind | null;
  active: boolean | null;
  sort: CatalogItemSort;
}

/** The catalog's menus beside its search box: kind, active and sort. "all" stands for "no filter". */
export function itemFilterChoices({ kind, active, sort }: ItemFilterValues): ListChoice[] {
  return [
    {
      key: 'kind',
      label: 'catalog.filters.kind',
      value: kind ?? 'all',
      options: [
        { value: 'all', label: 'catalog.filters.allKinds' },
        { value: 'part', label: 'catalog.kinds.part' },
        { value: 'service', label: 'catalog.kinds.service' },
      ],
    },
    {
      key: 'active',
      label: 'catalog.filters.active',
      value: active === null ? 'all' : active ? 'active' : 'inactive',
      options: [
        { value: 'all', label: 'catalog.filters.activeAll' },
        { value: 'active', label: 'catalog.filters.activeOnly' },
        { value: 'inactive', label: 'catalog.filters.inactiveOnly' },
      ],
    },
    {
      key: 'sort',
      label: 'catalog.filters.sortBy',
      value: sort,
      options: [
        { value: 'name', label: 'catalog.filters.sortName' },
        { value: 'reference', label: 'catalog.filters.sortReference' },
      ],
    },
  ];
}

/** What the user picked in a menu, as a change of the catalog's query. */
export function itemFilterChange({ key, value }: ListChoiceChange): Partial<ItemFilterValues> {
  if (key === 'kind') return { kind: value === 'all' ? null : (value as CatalogItemKind) };
  if (key === 'active') return { active: value === 'all' ? null : value === 'active' };
  return { sort: value as CatalogItemSort };
}
