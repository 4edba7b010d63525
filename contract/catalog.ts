import { z } from 'zod';
import { Id, IsoDateTime, PageQuery, SafeText, pageOf, searchQuery } from './common';
import {
  CATALOG_REFERENCE_PATTERN,
  MAX_TAX_RATE_BP,
  MAX_UNIT_PRICE_CENTS,
  catalogImportErrorCodes,
  catalogItemKinds,
  catalogItemSorts,
  catalogUnits,
} from './rules/catalog';

export * from './rules/catalog';

/**
 * HTTP shapes of the parts & services catalog (issue 4): /api/catalog/families, /api/catalog/items,
 * the CSV export and import. Administrators write; every console role reads.
 */

export const CatalogItemKind = z.enum(catalogItemKinds);
export type CatalogItemKind = z.infer<typeof CatalogItemKind>;

export const CatalogUnit = z.enum(catalogUnits);
export type CatalogUnit = z.infer<typeof CatalogUnit>;

export const CatalogReference = z
  .string()
  .trim()
  .toUpperCase()
  .regex(CATALOG_REFERENCE_PATTERN, 'Letters, digits and . _ / - only, at most 40 characters');

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
export const CatalogItemSort = z.enum(catalogItemSorts);
export type CatalogItemSort = z.infer<typeof CatalogItemSort>;

const itemFilters = {
  q: searchQuery('Prefix of the name (ignoring case and accents) or of the reference'),
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

export const CatalogImportQuery = z.strictObject({
  dryRun: BooleanParam.default(true).describe('true (default): check only; false: write every line, or nothing'),
});
export type CatalogImportQuery = z.input<typeof CatalogImportQuery>;

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
