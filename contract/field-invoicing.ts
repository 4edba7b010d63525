import { z } from 'zod';
import { CursorPageQuery, Id, NamedRef, SerialUnitStatus, TakeBackStatus, pageOf, searchQuery } from './common';
import { CatalogItemKind, CatalogUnit } from './catalog';
import { Serial } from './depots';
import { JobItemLine, JobTakeBack, JobTotals } from './job-report';
import { takeBackRecordedAt } from './rules/field-invoicing';
import { MAX_LINE_QUANTITY } from './rules/quantities';

export * from './rules/field-invoicing';

/**
 * Technician API, issue 7: the catalog seen from a van (GET /api/field/catalog), the parts and
 * services of a job (POST/PATCH/DELETE /api/field/jobs/:id/items) and the take-backs
 * (POST /api/field/jobs/:id/take-backs/check, POST/PATCH/DELETE /api/field/jobs/:id/take-backs).
 * Nothing moves in the depots before the job ends: the end settles the parts (settleJobParts).
 */

export const FieldCatalogQuery = CursorPageQuery.extend({
  familyId: Id.optional(),
  q: searchQuery('Beginning of the name (any case and accents) or of the reference'),
  kind: CatalogItemKind.optional(),
});
export type FieldCatalogQuery = z.input<typeof FieldCatalogQuery>;

export const FieldCatalogFamily = NamedRef;
export type FieldCatalogFamily = z.infer<typeof FieldCatalogFamily>;

export const FieldCatalogItem = z.object({
  id: Id,
  reference: z.string(),
  name: z.string(),
  kind: CatalogItemKind,
  familyId: Id,
  familyName: z.string(),
  unit: CatalogUnit,
  unitPriceCents: z
    .number()
    .int()
    .nullable()
    .describe('null when settings.technicianSeesPrices is off'),
  taxRateBp: z.number().int(),
  isSerialized: z.boolean(),
  vanQuantity: z.number().describe("Stock of the item in the caller's van (serialized: its usable units)"),
  okSerials: z.array(z.string()).optional().describe("Serialized parts: serials of the caller's van with status ok"),
});
export type FieldCatalogItem = z.infer<typeof FieldCatalogItem>;

export const FieldCatalog = z.object({
  families: z.array(FieldCatalogFamily).describe('Every family, in display order'),
  items: pageOf(FieldCatalogItem),
});
export type FieldCatalog = z.infer<typeof FieldCatalog>;

export const FieldItemParams = z.strictObject({ id: Id, lineId: Id });
export const FieldTakeBackParams = z.strictObject({ id: Id, tid: Id });

/** The item's unit decides the decimals (400 `invalid_quantity`, contract/rules/quantities.ts). */
const Quantity = z.number().positive().max(MAX_LINE_QUANTITY);

export const FieldItemInput = z.strictObject({
  itemId: Id,
  quantity: Quantity.describe('Serialized parts: 1'),
  serial: Serial.optional().describe("Serialized parts: a unit with status ok in the caller's van"),
});
export type FieldItemInput = z.input<typeof FieldItemInput>;

export const FieldItemPatch = z
  .strictObject({
    quantity: Quantity.optional(),
    serial: Serial.optional(),
  })
  .refine((p) => p.quantity !== undefined || p.serial !== undefined, { message: 'Send a quantity or a serial' });
export type FieldItemPatch = z.input<typeof FieldItemPatch>;

/** The answer of a line's POST or PATCH: the line and what it changed on the job. */
export const FieldItemChange = z.object({
  line: JobItemLine,
  totals: JobTotals,
  jobVersion: z.number().int(),
});
export type FieldItemChange = z.infer<typeof FieldItemChange>;

export const TakeBackCheckInput = z.strictObject({ serial: Serial });
export type TakeBackCheckInput = z.input<typeof TakeBackCheckInput>;

const NamedItem = z.object({ id: Id, name: z.string(), reference: z.string() });

export const TakeBackCheck = z.object({
  found: z.boolean().describe("A unit with this serial is installed at the job's customer"),
  recordedAt: z
    .enum(takeBackRecordedAt)
    .describe(
      "Where the serial is recorded. another_customer / depot: still taken back (flagged for the office), item and family fill in, never which customer or depot; a retired unit answers unknown and is refused (serial_retired)",
    ),
  unit: z.object({ id: Id, serial: z.string(), status: SerialUnitStatus }).optional(),
  item: NamedItem.optional(),
  family: z.object({ id: Id, name: z.string() }).optional(),
  customerFamilies: z
    .array(z.object({ id: Id, name: z.string(), items: z.array(NamedItem) }))
    .describe('Families of the parts installed at this customer, with their serialized items: when not found, pick from these'),
});
export type TakeBackCheck = z.infer<typeof TakeBackCheck>;

export const TakeBackInput = z.strictObject({
  serial: Serial,
  itemId: Id.describe('Found serial: its item; unknown serial: an item among customerFamilies'),
  status: TakeBackStatus,
});
export type TakeBackInput = z.input<typeof TakeBackInput>;

export const TakeBackPatch = z
  .strictObject({
    serial: Serial.optional(),
    itemId: Id.optional(),
    status: TakeBackStatus.optional(),
  })
  .refine((p) => p.serial !== undefined || p.itemId !== undefined || p.status !== undefined, {
    message: 'Send a serial, an item or a status',
  });
export type TakeBackPatch = z.input<typeof TakeBackPatch>;

export const FieldTakeBackChange = z.object({ takeBack: JobTakeBack, jobVersion: z.number().int() });
export type FieldTakeBackChange = z.infer<typeof FieldTakeBackChange>;

/**
 * The office settles a take-back recorded somewhere else (POST /api/take-backs/:id/resolution):
 * confirm (the unit was the one taken back: it leaves its record, now or when the job ends) or
 * correct (the technician's serial was wrong: the take-back gets this one, checked again like a new one).
 */
export const TakeBackResolutionInput = z.discriminatedUnion('resolution', [
  z.strictObject({ resolution: z.literal('confirm') }),
  z.strictObject({
    resolution: z.literal('correct'),
    serial: Serial,
    itemId: Id.optional().describe("Default: the take-back's part (or, for a serial installed at this customer, its own part)"),
  }),
]);
export type TakeBackResolutionInput = z.input<typeof TakeBackResolutionInput>;
export const TakeBackResolutionParams = z.strictObject({ id: Id });
