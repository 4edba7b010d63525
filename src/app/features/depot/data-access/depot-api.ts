import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  BulkRepairRequest,
  BulkRepairResult,
  CatalogItem,
  CatalogItemPage,
  CreateDepotRequest,
  Depot,
  DepotList,
  DepotMovementPage,
  ItemRef,
  ReceiptRequest,
  ReceiptResult,
  RepairQueuePage,
  RepairRequest,
  SerialUnitDetail,
  SerialUnitPage,
  SerialUnitStatus,
  StockPage,
  TechnicianList,
  TransferRequest,
  TransferResult,
} from '@contract';
import { type Observable, map } from 'rxjs';

export interface StockPageRequest {
  q?: string;
  limit: number;
  cursor?: string | null;
}

export interface SerialUnitPageRequest {
  serial?: string;
  status?: SerialUnitStatus | null;
  depotId?: string | null;
  itemId?: string | null;
  limit: number;
  cursor?: string | null;
}

export interface RepairQueuePageRequest {
  depotId?: string | null;
  q?: string;
  limit: number;
  cursor?: string | null;
}

/** The server takes at most this many units in one bulk repair; more are sent in batches. */
export const BULK_REPAIR_LIMIT = 500;

export type ItemPickerKind = 'held' | 'serialized';

/** Items offered by a picker: few, the first matches of what was typed. */
const ITEM_PICKER_LIMIT = 20;

function depotUrl(id: string, ...rest: string[]): string {
  return ['/api/depots', encodeURIComponent(id), ...rest].join('/');
}

/** Leaves out empty values so the server sees only the filters really set. */
function paramsOf(values: Record<string, string | number | null | undefined>): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== null && value !== undefined && value !== '') params = params.set(key, value);
  }
  return params;
}

/** A retried write with the same key is answered once by the server, never applied twice. */
function idempotent(key: string | undefined): { headers?: HttpHeaders } {
  return key ? { headers: new HttpHeaders({ 'Idempotency-Key': key }) } : {};
}

export function toItemRef(item: CatalogItem): ItemRef {
  const { id, reference, name, familyId, familyName, isSerialized, isStockTracked, unit } = item;
  return { id, reference, name, familyId, familyName, isSerialized, isStockTracked, unit };
}

@Injectable({ providedIn: 'root' })
export class DepotApi {
  private readonly http = inject(HttpClient);

  depots(): Observable<DepotList> {
    return this.http.get<DepotList>('/api/depots');
  }

  depot(id: string): Observable<Depot> {
    return this.http.get<Depot>(depotUrl(id));
  }

  createVan(input: CreateDepotRequest): Observable<Depot> {
    return this.http.post<Depot>('/api/depots', input);
  }

  /** Active technicians, each saying whether they already own a van. */
  technicians(): Observable<TechnicianList> {
    return this.http.get<TechnicianList>('/api/users/technicians');
  }

  stock(depotId: string, request: StockPageRequest): Observable<StockPage> {
    const params = paramsOf({ q: request.q?.trim(), limit: request.limit, cursor: request.cursor });
    return this.http.get<StockPage>(depotUrl(depotId, 'stock'), { params });
  }

  /** What entered and left the depot, newest first (a movement with a stock shortfall says so). */
  movements(depotId: string, request: { limit: number; cursor?: string | null }): Observable<DepotMovementPage> {
    return this.http.get<DepotMovementPage>(depotUrl(depotId, 'movements'), { params: paramsOf({ limit: request.limit, cursor: request.cursor }) });
  }

  serialUnits(request: SerialUnitPageRequest): Observable<SerialUnitPage> {
    const params = paramsOf({
      serial: request.serial?.trim(),
      status: request.status,
      depotId: request.depotId,
      itemId: request.itemId,
      limit: request.limit,
      cursor: request.cursor,
    });
    return this.http.get<SerialUnitPage>('/api/serial-units', { params });
  }

  /** Every unit carrying this serial (one per item), each with its whole history. */
  bySerial(serial: string): Observable<SerialUnitDetail[]> {
    return this.http.get<SerialUnitDetail[]>(`/api/serial-units/by-serial/${encodeURIComponent(serial)}`);
  }

  receive(depotId: string, request: ReceiptRequest, idempotencyKey?: string): Observable<ReceiptResult> {
    return this.http.post<ReceiptResult>(depotUrl(depotId, 'receipts'), request, idempotent(idempotencyKey));
  }

  transfer(request: TransferRequest, idempotencyKey?: string): Observable<TransferResult> {
    return this.http.post<TransferResult>('/api/stock-transfers', request, idempotent(idempotencyKey));
  }

  repair(unitId: string, request: RepairRequest): Observable<SerialUnitDetail> {
    return this.http.post<SerialUnitDetail>(`/api/serial-units/${encodeURIComponent(unitId)}/repair`, request);
  }

  bulkRepair(request: BulkRepairRequest): Observable<BulkRepairResult> {
    return this.http.post<BulkRepairResult>('/api/serial-units/repairs', request);
  }

  repairQueue(request: RepairQueuePageRequest): Observable<RepairQueuePage> {
    const params = paramsOf({ depotId: request.depotId, q: request.q?.trim(), limit: request.limit, cursor: request.cursor });
    return this.http.get<RepairQueuePage>('/api/repairs', { params });
  }

  /**
   * Active parts whose name or reference starts with `q`, for pickers: those a depot can hold
   * (serialized or stock-tracked), or only the serialized ones.
   */
  catalogItems(q: string, kind: ItemPickerKind = 'held'): Observable<ItemRef[]> {
    const params = paramsOf({ q: q.trim(), active: 'true', kind: 'part', limit: ITEM_PICKER_LIMIT });
    const keep = (item: CatalogItem) => item.isSerialized || (kind === 'held' && item.isStockTracked);
    return this.http
      .get<CatalogItemPage>('/api/catalog/items', { params })
      .pipe(map((page) => page.items.filter(keep).map(toItemRef)));
  }
}
