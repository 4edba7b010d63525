export const catalogItemKinds = ['part', 'service'] as const;
export type CatalogItemKind = (typeof catalogItemKinds)[number];

export const catalogUnits = ['unit', 'hour', 'metre', 'litre', 'kg', 'flat'] as const;
export type CatalogUnit = (typeof catalogUnits)[number];

/** Upper-cased so "prt-1" and "PRT-1" are one reference: letters, digits and `. _ / -`, 1..40. */
export const CATALOG_REFERENCE_PATTERN = /^[A-Z0-9][A-Z0-9._/-]{0,39}$/;

/** 1,000,000.00 in cents: beyond it, a typing mistake is likelier than a real price. */
export const MAX_UNIT_PRICE_CENTS = 100_000_000;
export const MAX_TAX_RATE_BP = 10_000;

export const catalogItemSorts = ['name', 'reference'] as const;
export type CatalogItemSort = (typeof catalogItemSorts)[number];

/**
 * Columns of the CSV, in export order. `;` separates them (Excel's choice where the decimal mark is
 * a comma); the import also reads `,`, detected from the header line.
 */
export const catalogCsvColumns = [
  'reference',
  'name',
  'family',
  'kind',
  'unit',
  'unit_price',
  'tax_rate',
  'serialized',
  'stock_tracked',
  'active',
  'description',
] as const;
export type CatalogCsvColumn = (typeof catalogCsvColumns)[number];
export const requiredCatalogCsvColumns = ['reference', 'name', 'family', 'kind', 'unit_price', 'tax_rate'] as const;

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_LINES = 20_000;

export const catalogImportErrorCodes = [
  'csv_syntax',
  'empty_file',
  'too_many_lines',
  'unknown_column',
  'missing_column',
  'duplicate_column',
  'required',
  'invalid_reference',
  'duplicate_in_file',
  'unknown_family',
  'invalid_kind',
  'invalid_unit',
  'invalid_price',
  'invalid_tax_rate',
  'invalid_yes_no',
  'invalid_text',
  'too_long',
  'service_not_serialized',
  'service_not_stock_tracked',
  'serialized_locked',
  'stock_tracked_locked',
  'wrong_column_count',
] as const;
export type CatalogImportErrorCode = (typeof catalogImportErrorCodes)[number];

export const catalogErrorCodes = [
  'family_not_empty',
  'family_name_taken',
  'reference_taken',
  'item_has_serial_units',
  'item_has_stock',
  'import_rejected',
] as const;
export type CatalogErrorCode = (typeof catalogErrorCodes)[number];
