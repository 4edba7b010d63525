import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { Kysely } from 'kysely';
import { catalogCsvColumns, type CatalogCsvColumn, type CatalogItem } from '@contract';
import type { Database } from '../../db/database';
import { formatPrice, formatTaxRate, formatYesNo, protectFormula } from './catalog-csv-values';
import { allItems, type ItemFilters } from './catalog-items.repository';

export const CSV_DELIMITER = ';';

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

/**
 * The items matching the grid's filters as CSV, streamed page by page (keyset): UTF-8 with a BOM
 * so Excel reads accents, `;` between cells, the columns the import reads back.
 */
export function exportCatalogCsv(db: Kysely<Database>, filters: ItemFilters): Readable {
  const records = Readable.from(
    (async function* () {
      for await (const item of allItems(db, filters)) yield csvRecord(item);
    })(),
  );
  const csv = stringify({ header: true, columns: [...catalogCsvColumns], delimiter: CSV_DELIMITER, bom: true, record_delimiter: 'windows' });
  records.on('error', (error) => csv.destroy(error));
  return records.pipe(csv);
}
