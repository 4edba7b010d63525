import type { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import { catalogCsvColumns, type CatalogCsvColumn, type CatalogItem } from '@contract';
import type { Database } from '../../db/database';
import { csvExport } from '../../shared/csv-export';
import { formatPrice, formatTaxRate, formatYesNo, protectFormula } from './catalog-csv-values';
import { allItems, type ItemFilters } from './catalog-items.repository';

function csvRecord(item: CatalogItem): Record<CatalogCsvColumn, string> {
  return {
    reference: item.reference,
    name: protectFormula(item.name),
    family: protectFormula(item.familyName),
    kind: item.kind,
    unit: item.unit,
    unit_price: formatPrice(item.unitPriceCents),
    tax_rate: formatTaxRate(item.taxRateBp),
    serialized: formatYesNo(item.isSerialized),
    stock_tracked: formatYesNo(item.isStockTracked),
    active: formatYesNo(item.isActive),
    description: protectFormula(item.description ?? ''),
  };
}

/** The items matching the grid's filters as CSV, streamed page by page (keyset), in the columns the import reads back. */
export function exportCatalogCsv(db: Kysely<Database>, filters: ItemFilters): Readable {
  return csvExport(allItems(db, filters), catalogCsvColumns, csvRecord);
}
