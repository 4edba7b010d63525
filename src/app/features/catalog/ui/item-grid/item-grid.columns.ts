import type { CatalogItem } from '@contract';
import type { ColDef } from 'ag-grid-community';
import type { GridDefinition } from '../../../../shared/ui/infinite-grid/grid-definition';
import { formatMoney } from '../../../../shared/util/format';
import { formatPercent } from '../catalog-format';

export interface CatalogColumnLabels {
  reference: string;
  name: string;
  family: string;
  kind: string;
  unit: string;
  price: string;
  tax: string;
  serialized: string;
  stockTracked: string;
  active: string;
  yes: string;
  no: string;
  kinds: Record<string, string>;
  units: Record<string, string>;
}

export interface CatalogCellFormats {
  money(amountCents: number, currency: string): string;
  percent(basisPoints: number): string;
}

/** Sorting is the page's sort menu (the API sorts by name or reference), so headers do not sort. */
export function catalogColumns(labels: CatalogColumnLabels, formats: CatalogCellFormats): ColDef<CatalogItem>[] {
  const yesNo = (value: unknown) => (value === true ? labels.yes : value === false ? labels.no : '');
  return [
    { colId: 'reference', field: 'reference', headerName: labels.reference, width: 150 },
    { colId: 'name', field: 'name', headerName: labels.name, flex: 2, minWidth: 200 },
    { colId: 'family', field: 'familyName', headerName: labels.family, flex: 1, minWidth: 150 },
    { colId: 'kind', field: 'kind', headerName: labels.kind, width: 110, valueFormatter: ({ value }) => labels.kinds[value] ?? '' },
    { colId: 'unit', field: 'unit', headerName: labels.unit, width: 100, valueFormatter: ({ value }) => labels.units[value] ?? '' },
    {
      colId: 'price',
      field: 'unitPriceCents',
      headerName: labels.price,
      width: 140,
      type: 'rightAligned',
      valueFormatter: ({ value, data }) => (typeof value === 'number' && data ? formats.money(value, data.currency) : ''),
    },
    {
      colId: 'tax',
      field: 'taxRateBp',
      headerName: labels.tax,
      width: 90,
      type: 'rightAligned',
      valueFormatter: ({ value }) => (typeof value === 'number' ? formats.percent(value) : ''),
    },
    { colId: 'serialized', field: 'isSerialized', headerName: labels.serialized, width: 110, valueFormatter: ({ value }) => yesNo(value) },
    { colId: 'stockTracked', field: 'isStockTracked', headerName: labels.stockTracked, width: 120, valueFormatter: ({ value }) => yesNo(value) },
    { colId: 'active', field: 'isActive', headerName: labels.active, width: 90, valueFormatter: ({ value }) => yesNo(value) },
  ];
}

/** The catalog items on the shared infinite grid, in the active language. */
export const itemGrid: GridDefinition<CatalogItem, CatalogColumnLabels> = {
  id: 'catalog',
  scope: 'catalog',
  labels: 'grid',
  gridTexts: 'gridTexts',
  columns: (labels, { lang }) =>
    catalogColumns(labels, {
      money: (cents, currency) => formatMoney(cents, currency, lang),
      percent: (bp) => formatPercent(bp, lang),
    }),
};
