import type {
  BulkRepairResult,
  CreateDepotRequest,
  Depot,
  DepotMovement,
  ItemRef,
  Page,
  ReceiptLineProblem,
  ReceiptRequest,
  ReceiptResult,
  RepairOutcome,
  SerialUnit,
  SerialUnitDetail,
  StockLine,
  TechnicianOption,
  TransferRequest,
  TransferResult,
} from '@contract';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiErrorInfo } from '../../../shared/util/api-error';
import type { RepairQuery, StockQuery, UnitQuery } from './depot-query';

/** The long lists the depot pages read page by page, and what their pickers search. */
export interface DepotLists {
  stock: StockLine;
  units: SerialUnit;
  movements: DepotMovement;
}
export type DepotList = keyof DepotLists;
export interface DepotSearches {
  serializedItems: ItemRef;
  heldItems: ItemRef;
  transferStock: StockLine;
  transferUnits: SerialUnit;
}
export type DepotSearch = keyof DepotSearches;

export const DepotListPageActions = createActionGroup({
  source: 'Depot List Page',
  events: {
    opened: emptyProps(),
    retried: emptyProps(),
    newVanOpened: emptyProps(),
    newVanSubmitted: props<{ input: CreateDepotRequest }>(),
  },
});

export const DepotPageActions = createActionGroup({
  source: 'Depot Page',
  events: {
    opened: props<{ id: string }>(),
    retried: props<{ id: string }>(),
    stockQueryChanged: props<{ query: StockQuery }>(),
    unitQueryChanged: props<{ query: UnitQuery }>(),
    moreStockRequested: emptyProps(),
    moreUnitsRequested: emptyProps(),
    moreMovementsRequested: emptyProps(),
    itemSearched: props<{ q: string }>(),
  },
});

export const ReceiptDialogActions = createActionGroup({
  source: 'Receipt Dialog',
  events: {
    opened: emptyProps(),
    submitted: props<{ depotId: string; request: ReceiptRequest; idempotencyKey: string }>(),
    itemSearched: props<{ q: string }>(),
  },
});

export const TransferDialogActions = createActionGroup({
  source: 'Transfer Dialog',
  events: {
    opened: emptyProps(),
    submitted: props<{ request: TransferRequest; idempotencyKey: string }>(),
    /** The depot the goods come from (this one when sending); null until chosen. */
    sourceChanged: props<{ depotId: string | null }>(),
    stockSearched: props<{ depotId: string; q: string }>(),
    unitsSearched: props<{ depotId: string; q: string }>(),
  },
});

export const RepairQueuePageActions = createActionGroup({
  source: 'Repair Queue Page',
  events: {
    opened: emptyProps(),
    queryChanged: props<{ query: RepairQuery }>(),
    bulkRepairConfirmed: props<{ unitIds: string[]; outcome: RepairOutcome }>(),
    repairConfirmed: props<{ unitId: string; outcome: RepairOutcome }>(),
    resultDismissed: emptyProps(),
    retried: emptyProps(),
  },
});

export const SerialPageActions = createActionGroup({
  source: 'Serial Page',
  events: {
    opened: props<{ serial: string }>(),
    retried: props<{ serial: string }>(),
    repairConfirmed: props<{ unitId: string; outcome: RepairOutcome }>(),
  },
});

export const DepotApiActions = createActionGroup({
  source: 'Depot API',
  events: {
    depotsLoaded: props<{ depots: Depot[] }>(),
    depotsLoadFailed: props<{ error: ApiErrorInfo }>(),
    depotLoaded: props<{ depot: Depot }>(),
    depotLoadFailed: props<{ id: string; error: ApiErrorInfo }>(),
    techniciansLoaded: props<{ technicians: TechnicianOption[] }>(),
    techniciansLoadFailed: props<{ error: ApiErrorInfo }>(),
    vanCreated: props<{ depot: Depot }>(),
    vanCreateFailed: props<{ error: ApiErrorInfo }>(),
    receiptSucceeded: props<{ depotId: string; result: ReceiptResult }>(),
    receiptRejected: props<{ problems: ReceiptLineProblem[] }>(),
    receiptFailed: props<{ error: ApiErrorInfo }>(),
    transferSucceeded: props<{ fromDepotId: string; toDepotId: string; result: TransferResult }>(),
    transferFailed: props<{ error: ApiErrorInfo }>(),
    /** One batch of a bulk repair answered; the bulk is done when every unit is counted. */
    repairBatchDone: props<{ result: BulkRepairResult }>(),
    repairBatchFailed: props<{ unitIds: string[]; error: ApiErrorInfo }>(),
    unitRepaired: props<{ unit: SerialUnitDetail }>(),
    unitRepairFailed: props<{ unitId: string; error: ApiErrorInfo }>(),
    serialLoaded: props<{ serial: string; units: SerialUnitDetail[] }>(),
    serialLoadFailed: props<{ serial: string; error: ApiErrorInfo }>(),
    serialSuggestionsLoaded: props<{ serial: string; units: SerialUnit[] }>(),
    listPageLoaded: props<{ list: DepotList; page: Page<DepotLists[DepotList]>; append: boolean }>(),
    listPageFailed: props<{ list: DepotList; error: ApiErrorInfo }>(),
    /** The repair queue grid reads its blocks itself (keyset pages past the store): only totals and failures come back. */
    repairQueueBlockLoaded: props<{ total: number }>(),
    repairQueueBlockFailed: props<{ error: ApiErrorInfo }>(),
    optionsFound: props<{ search: DepotSearch; options: DepotSearches[DepotSearch][] }>(),
    optionsSearchFailed: props<{ search: DepotSearch; error: ApiErrorInfo }>(),
  },
});
