import { z } from 'zod';
import { Id, IsoDateTime, PageQuery, SafeText, pageOf } from './common';

/**
 * HTTP shapes of the parts & services catalog (issue 4): /api/catalog/families, /api/catalog/items,
 * the CSV export and import. Administrators write; every console role reads.
 */

export const catalogItemKinds = ['part', 'service'] as const;
export const CatalogItemKind = z.enum(catalogItemKinds);
export type CatalogItemKind = z.infer<typeof CatalogItemKind>;

export const catalogUnits = ['unit', 'hour', 'metre', 'kg', 'flat'] as const;
export const CatalogUnit = z.enum(catalogUnits);
export type CatalogUnit = z.infer<typeof CatalogUnit>;

/** Upper-cased so "prt-1" and "PRT-1" are one reference: letters, digits and `. _ / -`, 1..40. */
export const CATALOG_REFERENCE_PATTERN = /^[A-Z0-9][A-Z0-9._/-]{0,39}$/;
export const CatalogReference = z
  .string()
  .trim()
  .toUpperCase()
  .regex(CATALOG_REFERENCE_PATTERN, 'Letters, digits and . _ / - only, at most 40 characters');

/** 1,000,000.00 in cents: beyond it, a typing mistake is likelier than a real price. */
export const MAX_UNIT_PRICE_CENTS = 100_000_000;
export const MAX_TAX_RATE_BP = 10_000;

export const CatalogFamily = z.object({
  id: Id,
  name: z.string(),
  sortOrder: z.number().int().describe('Families are listed by this number, then by name'),
  itemCount: z.number().int().describe('Items of the family, active or not'),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: z.number().int(),
});
export type CatalogFamily = z.infer<typeof CatalogFamily>;

export const CatalogFamilyList = z.object({ items: z.array(CatalogFamily).describe('In display order') });
export type CatalogFamilyList = z.infer<typeof CatalogFamilyList>;

const FamilyName = SafeText(120).min(1);

export const CatalogFamilyInput = z.strictObject({
  name: FamilyName.describe('Unique, ignoring case and accents (the CSV import finds families by name)'),
});
export type CatalogFamilyInput = z.infer<typeof CatalogFamilyInput>;

export const CatalogFamilyPatch = z
  .strictObject({
    name: FamilyName.optional(),
    position: z
      .number()
      .int()
      .min(0)
      .max(10_000)
      .optional()
      .describe('0-based place in the list; the server renumbers the sort orders of the others'),
  })
  .refine((p) => p.name !== undefined || p.position !== undefined, { message: 'Send a name or a position' });
export type CatalogFamilyPatch = z.infer<typeof CatalogFamilyPatch>;

export const CatalogItem = z.object({
  id: Id,
  familyId: Id,
  familyName: z.string(),
  kind: CatalogItemKind,
  reference: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  unit: CatalogUnit,
  unitPriceCents: z.number().int().describe('Unit price excluding tax, in cents of `currency`'),
  currency: z.string().length(3).describe('settings.currency'),
  taxRateBp: z.number().int().describe('Basis points: 2000 = 20 %'),
  isSerialized: z.boolean(),
  isStockTracked: z.boolean(),
  isActive: z.boolean(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: z.number().int(),
});
export type CatalogItem = z.infer<typeof CatalogItem>;

/** One item as GET/POST/PATCH answer it: with what locks some of its fields. */
export const CatalogItemDetail = CatalogItem.extend({
  serialUnitCount: z.number().int().describe('Serial units of this item: while above 0, isSerialized cannot change'),
  stockQuantity: z.number().describe('Quantity in all depots: while above 0, isStockTracked stays on'),
});
export type CatalogItemDetail = z.infer<typeof CatalogItemDetail>;

const itemFields = {
  familyId: Id,
  kind: CatalogItemKind,
  reference: CatalogReference,
  name: SafeText(200).min(1),
  description: SafeText(2000).nullable().optional(),
  unit: CatalogUnit,
  unitPriceCents: z.number().int().min(0).max(MAX_UNIT_PRICE_CENTS),
  taxRateBp: z.number().int().min(0).max(MAX_TAX_RATE_BP),
  isSerialized: z.boolean().describe('Parts only: each unit carries a serial number'),
  isStockTracked: z.boolean().describe('Parts only: quantities are kept per depot'),
  isActive: z.boolean().describe('Inactive items stay on past jobs but cannot be added to new ones'),
};

export const CatalogItemInput = z.strictObject({
  ...itemFields,
  unit: itemFields.unit.default('unit'),
  isSerialized: itemFields.isSerialized.default(false),
  isStockTracked: itemFields.isStockTracked.default(false),
  isActive: itemFields.isActive.default(true),
});
export type CatalogItemInput = z.input<typeof CatalogItemInput>;

/** PATCH: fields sent change, fields absent are kept (no defaults here). */
export const CatalogItemPatch = z.strictObject(itemFields).partial();
export type CatalogItemPatch = z.input<typeof CatalogItemPatch>;

const BooleanParam = z.enum(['true', 'false']).transform((v) => v === 'true');
export const catalogItemSorts = ['name', 'reference'] as const;
export const CatalogItemSort = z.enum(catalogItemSorts);
export type CatalogItemSort = z.infer<typeof CatalogItemSort>;

const itemFilters = {
  q: z.string().trim().max(100).optional().describe('Prefix of the name (ignoring case and accents) or of the reference'),
  familyId: Id.optional(),
  kind: CatalogItemKind.optional(),
  active: BooleanParam.optional(),
  sort: CatalogItemSort.default('name'),
};

export const CatalogItemListQuery = PageQuery.extend(itemFilters);
export type CatalogItemListQuery = z.input<typeof CatalogItemListQuery>;

/** The export takes the filters of the grid, no page. */
export const CatalogExportQuery = z.strictObject(itemFilters);
export type CatalogExportQuery = z.input<typeof CatalogExportQuery>;

export const CatalogItemPage = pageOf(CatalogItem);
export type CatalogItemPage = z.infer<typeof CatalogItemPage>;

// CSV import and export -------------------------------------------------------------------------

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

export const CatalogImportQuery = z.strictObject({
  dryRun: BooleanParam.default(true).describe('true (default): check only; false: write every line, or nothing'),
});
export type CatalogImportQuery = z.input<typeof CatalogImportQuery>;

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
export const CatalogImportErrorCode = z.enum(catalogImportErrorCodes);
export type CatalogImportErrorCode = z.infer<typeof CatalogImportErrorCode>;

export const CatalogImportError = z.object({
  column: z.string().nullable().describe('The CSV column, or null for the whole line'),
  code: CatalogImportErrorCode.describe('Translatable reason'),
  message: z.string().describe('English sentence'),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional().describe('Values for the sentence'),
});
export type CatalogImportError = z.infer<typeof CatalogImportError>;

export const CatalogImportAction = z.enum(['create', 'update', 'unchanged']);
export type CatalogImportAction = z.infer<typeof CatalogImportAction>;

export const CatalogImportLine = z.object({
  line: z.number().int().describe('Line of the file: 1 is the header, data starts at 2'),
  reference: z.string().nullable(),
  action: CatalogImportAction.nullable().describe('null when the line is not an item (header, unreadable file)'),
  errors: z.array(CatalogImportError),
});
export type CatalogImportLine = z.infer<typeof CatalogImportLine>;

export const CatalogImportResult = z.object({
  valid: z.boolean().describe('No line has an error'),
  dryRun: z.boolean(),
  lines: z.array(CatalogImportLine).describe('Every data line, plus line 1 when the header has a problem'),
  created: z.number().int().describe('Items created (or to create, in a dry run)'),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
export type CatalogImportResult = z.infer<typeof CatalogImportResult>;

export const catalogErrorCodes = [
  'family_not_empty',
  'family_name_taken',
  'reference_taken',
  'item_has_serial_units',
  'item_has_stock',
  'import_rejected',
] as const;
export type CatalogErrorCode = (typeof catalogErrorCodes)[number];
