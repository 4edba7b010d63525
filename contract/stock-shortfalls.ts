import { z } from 'zod';
import { CursorPageQuery, Id, IsoDateTime, JobRef, NamedRef, SafeText, pageOf } from './common';
import { ItemRef } from './depots';
import { UserRef } from './report-templates-api';
import { shortfallResolutions, shortfallStates } from './rules/stock-shortfalls';

export * from './rules/stock-shortfalls';

/**
 * Stock shortfalls (issue 14 §4): job lines a van did not hold, as fixed by the job's end.
 * GET /api/stock-shortfalls lists a period's; POST /api/stock-shortfalls/:id/resolve settles one.
 * A shortfall's id is its job line's.
 */
export const ShortfallResolution = z.enum(shortfallResolutions);

export const StockShortfall = z.object({
  id: Id.describe("The job line's id"),
  job: JobRef,
  item: ItemRef,
  depot: NamedRef.nullable().describe('The van the job took the line from (null: the technician had no van)'),
  technician: UserRef.nullable().describe('Who added the line'),
  quantity: z.number().describe('The quantity of the line, in the unit of the item'),
  shortfall: z.number().describe('What the van lacked: the part of the quantity taken from no stock'),
  occurredAt: IsoDateTime.describe('When the job ended and the van was debited'),
  resolution: z
    .object({
      resolution: ShortfallResolution,
      depot: NamedRef.nullable().describe('taken_from_depot: the depot the parts came from'),
      note: z.string().nullable(),
      resolvedAt: IsoDateTime,
      resolvedBy: UserRef.nullable(),
    })
    .nullable()
    .describe('null while the shortfall is open'),
});
export type StockShortfall = z.infer<typeof StockShortfall>;

export const StockShortfallQuery = CursorPageQuery.extend({
  from: IsoDateTime.optional().describe('Jobs ended at or after (the console sends the start of the first day)'),
  to: IsoDateTime.optional().describe('Jobs ended before (the console sends the end of the last day)'),
  state: z.enum(shortfallStates).optional().describe('open: still to settle; resolved: settled; none: both'),
}).refine((q) => !q.from || !q.to || q.from < q.to, { message: 'Must be after from', path: ['to'] });
export type StockShortfallQuery = z.input<typeof StockShortfallQuery>;

export const StockShortfallPage = pageOf(StockShortfall);
export type StockShortfallPage = z.infer<typeof StockShortfallPage>;

export const StockShortfallParams = z.strictObject({ id: Id });

export const ResolveShortfallRequest = z.strictObject({
  resolution: ShortfallResolution,
  depotId: Id.optional().describe('taken_from_depot: the depot whose stock goes down (required then, refused otherwise)'),
  note: SafeText(1000).optional(),
});
export type ResolveShortfallRequest = z.infer<typeof ResolveShortfallRequest>;
