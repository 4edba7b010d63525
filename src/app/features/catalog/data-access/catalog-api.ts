import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CatalogFamily,
  CatalogFamilyList,
  CatalogImportResult,
  CatalogItemDetail,
  CatalogItemInput,
  CatalogItemPage,
  CatalogItemPatch,
} from '@contract';
import type { Observable } from 'rxjs';
import { type KeysetWindow, windowParams } from '../../../shared/util/offset-keyset-datasource';
import { type CatalogQuery, filterParams } from './catalog-query';

export interface CatalogItemPageRequest extends KeysetWindow {
  query: CatalogQuery;
}

const ifMatch = (version: number) => new HttpHeaders({ 'If-Match': `"${version}"` });
const families = '/api/catalog/families';
const items = '/api/catalog/items';

@Injectable({ providedIn: 'root' })
export class CatalogApi {
  private readonly http = inject(HttpClient);

  listFamilies(): Observable<CatalogFamilyList> {
    return this.http.get<CatalogFamilyList>(families);
  }

  createFamily(name: string): Observable<CatalogFamily> {
    return this.http.post<CatalogFamily>(families, { name });
  }

  /** Rename and/or move (0-based position); `If-Match` carries the version shown. */
  updateFamily(id: string, version: number, patch: { name?: string; position?: number }): Observable<CatalogFamily> {
    return this.http.patch<CatalogFamily>(`${families}/${encodeURIComponent(id)}`, patch, { headers: ifMatch(version) });
  }

  deleteFamily(id: string, version: number): Observable<void> {
    return this.http.delete<void>(`${families}/${encodeURIComponent(id)}`, { headers: ifMatch(version) });
  }

  listItems(request: CatalogItemPageRequest): Observable<CatalogItemPage> {
    const params = new HttpParams({ fromObject: { ...filterParams(request.query), ...windowParams(request) } });
    return this.http.get<CatalogItemPage>(items, { params });
  }

  getItem(id: string): Observable<CatalogItemDetail> {
    return this.http.get<CatalogItemDetail>(`${items}/${encodeURIComponent(id)}`);
  }

  createItem(input: CatalogItemInput): Observable<CatalogItemDetail> {
    return this.http.post<CatalogItemDetail>(items, input);
  }

  updateItem(id: string, version: number, patch: CatalogItemPatch): Observable<CatalogItemDetail> {
    return this.http.patch<CatalogItemDetail>(`${items}/${encodeURIComponent(id)}`, patch, { headers: ifMatch(version) });
  }

  /** The CSV text as the body; a dry run checks every line, a real import writes all or nothing (422). */
  importCsv(csv: string, dryRun: boolean): Observable<CatalogImportResult> {
    return this.http.post<CatalogImportResult>(`${items}/import`, csv, {
      params: new HttpParams().set('dryRun', dryRun),
      headers: new HttpHeaders({ 'Content-Type': 'text/csv' }),
    });
  }
}
