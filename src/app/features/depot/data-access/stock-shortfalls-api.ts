import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { DepotList, ResolveShortfallRequest, StockShortfall, StockShortfallPage } from '@contract';
import type { Observable } from 'rxjs';
import type { ShortfallQuery } from './stock-shortfalls.feature';

/** `/api/stock-shortfalls`: a period's shortfalls (keyset pages) and their settlement. */
@Injectable({ providedIn: 'root' })
export class StockShortfallsApi {
  private readonly http = inject(HttpClient);

  list(query: ShortfallQuery, cursor: string | null, limit = 50): Observable<StockShortfallPage> {
    let params = new HttpParams().set('limit', limit);
    if (query.from) params = params.set('from', query.from);
    if (query.to) params = params.set('to', query.to);
    if (query.state !== 'all') params = params.set('state', query.state);
    if (cursor) params = params.set('cursor', cursor);
    return this.http.get<StockShortfallPage>('/api/stock-shortfalls', { params });
  }

  resolve(id: string, request: ResolveShortfallRequest): Observable<StockShortfall> {
    return this.http.post<StockShortfall>(`/api/stock-shortfalls/${encodeURIComponent(id)}/resolve`, request, {
      headers: { 'Idempotency-Key': crypto.randomUUID() },
    });
  }

  depots(): Observable<DepotList> {
    return this.http.get<DepotList>('/api/depots');
  }
}
