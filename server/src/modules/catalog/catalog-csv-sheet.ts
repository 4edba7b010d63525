import { parse } from 'csv-parse/sync';
import {
  MAX_IMPORT_LINES,
  catalogCsvColumns,
  requiredCatalogCsvColumns,
  type CatalogCsvColumn,
  type CatalogImportError,
} from '@contract';
import { searchForm } from '../../shared/text';
import { unprotectFormula } from './catalog-csv-values';

/** A data line of the file: its line number (header = 1) and its cells by column (absent column: no key). */
export interface SheetRow {
  line: number;
  cells: Partial<Record<CatalogCsvColumn, string>>;
  errors: CatalogImportError[];
}

export type Sheet =
  | { ok: true; columns: CatalogCsvColumn[]; rows: SheetRow[] }
  | { ok: false; problems: { line: number; errors: CatalogImportError[] }[] };

/** French headers are read too (as a French spreadsheet would title them). */
const HEADER_ALIASES: Record<string, CatalogCsvColumn> = {
  reference: 'reference',
  nom: 'name',
  famille: 'family',
  type: 'kind',
  unite: 'unit',
  prix_unitaire: 'unit_price',
  prix_unitaire_ht: 'unit_price',
  unit_price_excl_tax: 'unit_price',
  taux_tva: 'tax_rate',
  tva: 'tax_rate',
  serialise: 'serialized',
  suivi_stock: 'stock_tracked',
  stocke: 'stock_tracked',
  actif: 'active',
};

function columnOf(header: string): CatalogCsvColumn | null {
  const key = searchForm(header).replace(/[\s-]+/g, '_');
  if ((catalogCsvColumns as readonly string[]).includes(key)) return key as CatalogCsvColumn;
  return HEADER_ALIASES[key] ?? null;
}

/** `;` unless the header line holds more commas than semicolons. */
export function detectDelimiter(text: string): ';' | ',' {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => header.split(c).length - 1;
  return count(',') > count(';') ? ',' : ';';
}

const error = (column: string | null, code: CatalogImportError['code'], message: string, params?: CatalogImportError['params']) =>
  params ? { column, code, message, params } : { column, code, message };

/** Reads the CSV text: a syntax or header problem makes the whole file unreadable (line-numbered problems). */
export function readCatalogSheet(text: string): Sheet {
  let records: { record: string[]; info: { lines: number; empty_lines: number } }[];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text.replace(/^\uFEFF/, '')),
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as typeof records;
  } catch (err) {
    const line = Number((err as { lines?: unknown }).lines) || 1;
    return { ok: false, problems: [{ line, errors: [error(null, 'csv_syntax', 'The file is not valid CSV here (check the quotes)')] }] };
  }
  if (records.length === 0) {
    return { ok: false, problems: [{ line: 1, errors: [error(null, 'empty_file', 'The file is empty: the first line must name the columns')] }] };
  }
  if (records.length - 1 > MAX_IMPORT_LINES) {
    const params = { max: MAX_IMPORT_LINES };
    return { ok: false, problems: [{ line: 1, errors: [error(null, 'too_many_lines', `At most ${MAX_IMPORT_LINES} lines per import`, params)] }] };
  }

  const [header, ...data] = records;
  const headerErrors: CatalogImportError[] = [];
  const columns: (CatalogCsvColumn | null)[] = header!.record.map((name) => {
    const column = columnOf(name);
    if (!column) headerErrors.push(error(name, 'unknown_column', `Unknown column "${name}"`, { name }));
    return column;
  });
  for (const column of catalogCsvColumns) {
    const times = columns.filter((c) => c === column).length;
    if (times > 1) headerErrors.push(error(column, 'duplicate_column', `Column "${column}" appears ${times} times`, { name: column }));
  }
  for (const column of requiredCatalogCsvColumns) {
    if (!columns.includes(column)) headerErrors.push(error(column, 'missing_column', `Column "${column}" is missing`, { name: column }));
  }
  if (headerErrors.length > 0) return { ok: false, problems: [{ line: 1, errors: headerErrors }] };

  // csv-parse numbers the line a record ends on; a quoted cell may span lines, so count from the previous end.
  let previousEnd = header!.info.lines;
  let previousEmpty = header!.info.empty_lines;
  const rows = data.flatMap(({ record, info }): SheetRow[] => {
    const line = previousEnd + 1 + (info.empty_lines - previousEmpty);
    previousEnd = info.lines;
    previousEmpty = info.empty_lines;
    // Spreadsheets leave rows of bare separators (";;;;") after the data: not items.
    if (record.every((cell) => cell.trim() === '')) return [];
    const cells: SheetRow['cells'] = {};
    columns.forEach((column, index) => {
      cells[column!] = unprotectFormula((record[index] ?? '').trim());
    });
    const errors =
      record.length === columns.length
        ? []
        : [error(null, 'wrong_column_count', `${record.length} cells where the header has ${columns.length}`, { found: record.length, expected: columns.length })];
    return [{ line, cells, errors }];
  });
  return { ok: true, columns: columns as CatalogCsvColumn[], rows };
}
