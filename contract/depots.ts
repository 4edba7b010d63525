import { z } from 'zod';
import { CursorPageQuery, Id, IsoDateTime, JobRef, NamedRef, SafeText, SerialUnitStatus, pageOf, searchQuery } from './common';
import { UserRef } from './report-templates-api';
import { SERIAL_PATTERN, normalizeSerial, receiptProblemCodes } from './rules/depots';
import { MAX_LINE_QUANTITY } from './rules/quantities';
import { movementNoteKeys } from './rules/movement-notes';
import { shortfallResolutions } from './rules/stock-shortfalls';

export * from './rules/depots';

/**
 * HTTP shapes of depots, stock, transfers, serial units and repairs (issue 4):
 * /api/depots, /api/stock-transfers, /api/serial-units, /api/repairs, /api/customers/:id/installed-units.
 */

export const DepotKind = z.enum(['main', 'van']);
export type DepotKind = z.infer<typeof DepotKind>;

export const MovementKind = z.enum(['receipt', 'transfer', 'install', 'uninstall', 'take_back', 'repair', 'retire', 'adjustment']);
export type MovementKind = z.infer<typeof MovementKind>;

export const Serial = z.string().transform(normalizeSerial).pipe(z.string().regex(SERIAL_PATTERN, 'Invalid serial number'));

export const ItemRef = z.object({
  id: Id,
  reference: z.string(),
  name: z.string(),
  familyId: Id,
  familyName: z.string(),
  isSerialized: z.boolean(),
  isStockTracked: z.boolean(),
  unit: z.string().describe('unit | hour | metre | litre | kg | flat: decides the decimals of its quantities'),
});
export type ItemRef = z.infer<typeof ItemRef>;

const SiteRef = z.object({ id: Id, name: z.string(), city: z.string() });
const DepotRef = z.object({ id: Id, name: z.string(), kind: DepotKind });

export const Depot = z.object({
  id: Id,
  name: z.string(),
  kind: DepotKind,
  owner: UserRef.nullable().describe('The technician of a van; null for the main depot'),
  serialUnitCount: z.number().int().describe('Units in the depot, whatever their status'),
  needsRepairCount: z.number().int(),
  stockLineCount: z.number().int().describe('Items with a quantity above zero'),
  version: z.number().int(),
});
export type Depot = z.infer<typeof Depot>;

export const DepotList = z.object({ items: z.array(Depot).describe('Main depot first, then vans by owner name') });
export type DepotList = z.infer<typeof DepotList>;

export const CreateDepotRequest = z.strictObject({
  name: SafeText(120).min(1),
  ownerId: Id.describe('An active technician without a van'),
});
export type CreateDepotRequest = z.infer<typeof CreateDepotRequest>;

export const StockLine = z.object({
  item: ItemRef,
  quantity: z.number(),
  updatedAt: IsoDateTime,
});
export type StockLine = z.infer<typeof StockLine>;

export const StockQuery = CursorPageQuery.extend({
  q: searchQuery('Prefix of the item name or reference'),
});
export type StockQuery = z.input<typeof StockQuery>;
export const StockPage = pageOf(StockLine);
export type StockPage = z.infer<typeof StockPage>;

export const SerialUnit = z.object({
  id: Id,
  serial: z.string(),
  status: SerialUnitStatus,
  item: ItemRef,
  depot: DepotRef.nullable(),
  customer: NamedRef.nullable(),
  site: SiteRef.nullable(),
  lastJob: JobRef.nullable(),
  updatedAt: IsoDateTime,
  version: z.number().int(),
});
export type SerialUnit = z.infer<typeof SerialUnit>;

export const SerialUnitQuery = CursorPageQuery.extend({
  serial: z.string().trim().toUpperCase().max(64).optional().describe('Exact serial or its beginning, any case (empty: no filter)'),
  status: SerialUnitStatus.optional(),
  depotId: Id.optional(),
  customerId: Id.optional(),
  itemId: Id.optional(),
});
export type SerialUnitQuery = z.input<typeof SerialUnitQuery>;
export const SerialUnitPage = pageOf(SerialUnit);
export type SerialUnitPage = z.infer<typeof SerialUnitPage>;

/** A movement's note (issue 14 §1): the English text, and the key and parameters of a note the server wrote. */
const movementNoteFields = {
  note: z.string().nullable().describe('In English: a note the server wrote, or one a person typed'),
  noteKey: z.enum(movementNoteKeys).nullable().describe("A note the server wrote, to say in the reader's language (null: say `note` as is)"),
  noteParams: z.record(z.string(), z.string()).nullable().describe("The note's parameters (names, job numbers, quantities)"),
};

export const SerialUnitEvent = z.object({
  id: Id,
  kind: MovementKind,
  occurredAt: IsoDateTime,
  actor: UserRef.nullable(),
  fromDepot: NamedRef.nullable(),
  toDepot: NamedRef.nullable(),
  customer: NamedRef.nullable(),
  job: JobRef.nullable(),
  statusAfter: SerialUnitStatus.nullable(),
  ...movementNoteFields,
});
export type SerialUnitEvent = z.infer<typeof SerialUnitEvent>;

/**
 * A take-back that found this unit somewhere other than its record (issue 14 §1), not settled yet:
 * the unit stays where it is recorded until the office confirms (or corrects the take-back).
 */
export const UnitReportedElsewhere = z.object({
  takeBackId: Id,
  job: JobRef,
  takenBackAt: NamedRef.describe("The job's customer, where the technician says the unit was"),
  reportedAt: IsoDateTime,
  confirmed: z.boolean().describe('The office confirmed the move: the unit moves when the job ends'),
});
export type UnitReportedElsewhere = z.infer<typeof UnitReportedElsewhere>;

export const SerialUnitDetail = SerialUnit.extend({
  history: z.array(SerialUnitEvent).describe('Oldest first'),
  reportedElsewhere: UnitReportedElsewhere.nullable(),
});
export type SerialUnitDetail = z.infer<typeof SerialUnitDetail>;
export const SerialUnitDetailList = z.array(SerialUnitDetail);
export type SerialUnitDetailList = z.infer<typeof SerialUnitDetailList>;

const Note = SafeText(1000).optional();

/** A quantity of a receipt or transfer line: the item's unit decides the decimals (400 `invalid_quantity`). */
const LineQuantity = z.number().positive().max(MAX_LINE_QUANTITY);

export const ReceiptQuantityLine = z.strictObject({ itemId: Id, quantity: LineQuantity });
export const ReceiptSerialLine = z.strictObject({
  itemId: Id,
  serials: z.array(z.string().max(200)).min(1).max(1000).describe('Checked one by one: see ReceiptLineProblem'),
});
export const ReceiptLine = z.union([ReceiptQuantityLine, ReceiptSerialLine]);
export type ReceiptLine = z.infer<typeof ReceiptLine>;

export const ReceiptRequest = z.strictObject({
  lines: z.array(ReceiptLine).min(1).max(200),
  note: Note,
});
export type ReceiptRequest = z.infer<typeof ReceiptRequest>;

export const ReceiptProblemCode = z.enum(receiptProblemCodes);

/** One entry of `details.lines` of a 422 `receipt_rejected`. */
export const ReceiptLineProblem = z.object({
  line: z
    .number()
    .int()
    .describe("1-based. Serial problems: the serial's position in its line's `serials` (the pasted text); others: = requestLine"),
  requestLine: z.number().int().describe('1-based position of the line in `lines`'),
  serial: z.string().optional(),
  itemId: Id.optional(),
  code: ReceiptProblemCode,
  message: z.string(),
});
export type ReceiptLineProblem = z.infer<typeof ReceiptLineProblem>;

export const ReceiptResult = z.object({ movements: z.number().int(), unitsCreated: z.number().int() });
export type ReceiptResult = z.infer<typeof ReceiptResult>;

export const TransferRequest = z.strictObject({
  fromDepotId: Id,
  toDepotId: Id,
  lines: z.array(z.strictObject({ itemId: Id, quantity: LineQuantity })).max(200).default([]),
  serialUnitIds: z.array(Id).max(500).default([]),
  note: Note,
});
export type TransferRequest = z.input<typeof TransferRequest>;
export const TransferResult = z.object({ movements: z.number().int() });
export type TransferResult = z.infer<typeof TransferResult>;

export const RepairOutcome = z.enum(['ok', 'obsolete']);
export type RepairOutcome = z.infer<typeof RepairOutcome>;

export const RepairRequest = z.strictObject({ outcome: RepairOutcome, note: Note });
export type RepairRequest = z.infer<typeof RepairRequest>;

export const BulkRepairRequest = z.strictObject({
  unitIds: z.array(Id).min(1).max(500),
  outcome: RepairOutcome,
  note: Note,
});
export type BulkRepairRequest = z.infer<typeof BulkRepairRequest>;

export const BulkRepairResult = z.object({
  repaired: z.array(Id),
  failed: z.array(z.object({ unitId: Id, code: z.string(), message: z.string() })),
});
export type BulkRepairResult = z.infer<typeof BulkRepairResult>;

export const RepairQueueItem = SerialUnit.extend({
  takenBackAt: IsoDateTime.nullable(),
  takenBackBy: UserRef.nullable(),
  fromCustomer: NamedRef.nullable(),
  fromJob: JobRef.nullable(),
});
export type RepairQueueItem = z.infer<typeof RepairQueueItem>;

export const RepairQueueQuery = CursorPageQuery.extend({
  depotId: Id.optional(),
  q: z.string().trim().toUpperCase().max(64).optional().describe('Beginning of the serial, any case (empty: no filter)'),
});
export type RepairQueueQuery = z.input<typeof RepairQueueQuery>;
export const RepairQueuePage = pageOf(RepairQueueItem);
export type RepairQueuePage = z.infer<typeof RepairQueuePage>;

export const InstalledUnit = SerialUnit.extend({
  /** Office reads only: a take-back at another customer reported this unit, not settled yet. */
  reportedElsewhere: UnitReportedElsewhere.nullable().optional(),
});
export type InstalledUnit = z.infer<typeof InstalledUnit>;

export const InstalledUnitsBySite = z.object({
  sites: z.array(z.object({ site: SiteRef, units: z.array(InstalledUnit) })),
});
export type InstalledUnitsBySite = z.infer<typeof InstalledUnitsBySite>;

/**
 * One stock movement out of or into a depot (GET /api/depots/:id/movements, newest first): a
 * receipt, a transfer, a part used on a job, a take-back… A movement of a job's end that the van
 * could not fully cover carries its stock shortfall, and whether the office has settled it.
 */
export const DepotMovement = z.object({
  id: Id,
  kind: MovementKind,
  occurredAt: IsoDateTime,
  direction: z.enum(['in', 'out']).describe('in: into this depot; out: out of it'),
  item: ItemRef,
  serial: z.string().nullable().describe('The unit moved, for a serialized item'),
  quantity: z.number().describe("In the item's unit: what actually left or entered the depot"),
  otherDepot: NamedRef.nullable().describe('The depot on the other side of a transfer'),
  customer: NamedRef.nullable(),
  job: JobRef.nullable(),
  actor: UserRef.nullable(),
  ...movementNoteFields,
  shortfall: z
    .object({
      lineId: Id.nullable().describe("The job line's id (the stock shortfall's id); null for movements recorded before it was kept"),
      quantity: z.number().describe('What the depot lacked, beyond `quantity`'),
      resolvedAt: IsoDateTime.nullable().describe('null while the office has not settled it'),
      resolution: z.enum(shortfallResolutions).nullable(),
    })
    .nullable(),
});
export type DepotMovement = z.infer<typeof DepotMovement>;

export const DepotMovementQuery = CursorPageQuery;
export type DepotMovementQuery = z.input<typeof DepotMovementQuery>;
export const DepotMovementPage = pageOf(DepotMovement);
export type DepotMovementPage = z.infer<typeof DepotMovementPage>;
