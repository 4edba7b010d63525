import type { CustomFieldDefinition, CustomerSummary } from '@contract';
import type { ColDef } from 'ag-grid-community';
import type { GridDefinition } from '../../../../shared/ui/infinite-grid/grid-definition';

export interface CustomerColumnLabels {
  code: string;
  name: string;
  city: string;
  phone: string;
  email: string;
  sites: string;
  updated: string;
  yes: string;
  no: string;
}

/** Sorting is the page's sort menu (the API sorts by name or last update), so headers do not sort. */
export function customerColumns(
  labels: CustomerColumnLabels,
  formatUpdated: (iso: string) => string,
): ColDef<CustomerSummary>[] {
  return [
    { colId: 'code', field: 'code', headerName: labels.code, width: 130 },
    { colId: 'name', field: 'name', headerName: labels.name, flex: 2, minWidth: 180 },
    { colId: 'city', field: 'city', headerName: labels.city, flex: 1, minWidth: 120 },
    { colId: 'phone', field: 'phone', headerName: labels.phone, width: 160 },
    { colId: 'email', field: 'email', headerName: labels.email, flex: 1.5, minWidth: 180 },
    { colId: 'siteCount', field: 'siteCount', headerName: labels.sites, width: 90, type: 'rightAligned' },
    {
      colId: 'updatedAt',
      field: 'updatedAt',
      headerName: labels.updated,
      width: 150,
      valueFormatter: ({ value }) => (typeof value === 'string' ? formatUpdated(value) : ''),
    },
  ];
}

/** An optional column of one customer custom field (`cf.<key>`), in the user's language. */
export function customFieldColumn(
  definition: CustomFieldDefinition,
  lang: string,
  labels: Pick<CustomerColumnLabels, 'yes' | 'no'>,
): ColDef<CustomerSummary> {
  const french = lang === 'fr';
  return {
    colId: `cf.${definition.key}`,
    headerName: french ? definition.labelFr : definition.labelEn,
    flex: 1,
    minWidth: 120,
    valueGetter: ({ data }) => data?.customFields?.[definition.key] ?? null,
    valueFormatter: ({ value }) => {
      if (value === null || value === undefined) return '';
      if (definition.type === 'checkbox') return value === true ? labels.yes : labels.no;
      if (definition.type === 'choice') {
        const option = definition.options.find((o) => o.value === value);
        if (option) return french ? option.labelFr : option.labelEn;
      }
      return String(value);
    },
  };
}

/** The customers on the shared infinite grid, then the custom fields the user chose to see, in their order. */
export function customerGrid(customFields: CustomFieldDefinition[]): GridDefinition<CustomerSummary, CustomerColumnLabels> {
  return {
    id: 'customers',
    labels: 'customers.grid',
    gridTexts: 'customers.gridTexts',
    aging: ['updatedAt'],
    columns: (labels, { lang, relative }) => [
      ...customerColumns(labels, relative),
      ...customFields.map((definition) => customFieldColumn(definition, lang, labels)),
    ],
  };
}
