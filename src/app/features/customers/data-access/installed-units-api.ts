import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { InstalledUnitsBySite } from '@contract';
import type { Observable } from 'rxjs';

/** Serial units installed at a customer's sites (the depot module answers it). */
@Injectable({ providedIn: 'root' })
export class InstalledUnitsApi {
  private readonly http = inject(HttpClient);

  bySite(customerId: string): Observable<InstalledUnitsBySite> {
    return this.http.get<InstalledUnitsBySite>(`/api/customers/${encodeURIComponent(customerId)}/installed-units`);
  }
}
