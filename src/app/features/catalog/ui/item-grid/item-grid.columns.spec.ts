import { registerLocaleData } from '@angular/common';
import localeFr from '@angular/common/locales/fr';
import type { CatalogItem } from '@contract';
import type { ValueFormatterParams } from 'ag-grid-community';
import catalogEn from '../../../../../../public/i18n/catalog/en.json';
import catalogFr from '../../../../../../public/i18n/catalog/fr.json';
import { formatMoney } from '../../../../shared/util/format';
import { formatPercent } from '../catalog-format';
import { catalogColumns } from './item-grid.columns';

const row = {
  id: 'i-1',
  reference: 'PRT-1',
  name: 'Vanne',
  familyName: 'Robinetterie',
  kind: 'service',
  unit: 'hour',
  unitPriceCents: 123456,
  currency: 'EUR',
  taxRateBp: 550,
  isSerialized: false,
  isStockTracked: false,
  isActive: true,
} as CatalogItem;

function cells(lang: 'en' | 'fr') {
  const labels = lang === 'en' ? catalogEn.grid : catalogFr.grid;
  const columns = catalogColumns(labels, {
    money: (cents, currency) => formatMoney(cents, currency, lang),
    percent: (bp) => formatPercent(bp, lang),
  });
  return Object.fromEntries(
    columns.map((c) => {
      const value = row[c.field as keyof CatalogItem];
      const formatter = c.valueFormatter as ((p: Partial<ValueFormatterParams<CatalogItem>>) => string) | undefined;
      return [c.colId, formatter ? formatter({ value, data: row }) : value];
    }),
  );
}

describe('catalog grid columns', () => {
  beforeAll(() => registerLocaleData(localeFr, 'fr'));

  it('show every column of the brief, formatted for the language', () => {
    expect(cells('en')).toEqual({
      reference: 'PRT-1',
      name: 'Vanne',
      family: 'Robinetterie',
      kind: 'Service',
      unit: 'Hour',
      price: '€1,234.56',
      tax: '5.5%',
      serialized: 'No',
      stockTracked: 'No',
      active: 'Yes',
    });
    const fr = cells('fr');
    expect(fr['price']).toMatch(/^1\s234,56\s€$/);
    expect(fr['tax']).toMatch(/^5,5\s%$/);
    expect(fr['kind']).toBe('Prestation');
    expect(fr['active']).toBe('Oui');
  });
});
