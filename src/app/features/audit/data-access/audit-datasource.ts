import { Injectable, inject } from '@angular/core';
import type { AuditEntry } from '@contract';
import type { IDatasource } from 'ag-grid-community';
import { type KeysetBlockListener, createKeysetDatasource } from '../../../shared/util/keyset-datasource';
import { AuditApi } from './audit-api';
import type { AuditFilters } from './audit-filters';

/** The audit grid's rows: keyset pages of `GET /api/audit` with the page's filters, newest first. */
@Injectable({ providedIn: 'root' })
export class AuditDatasources {
  private readonly api = inject(AuditApi);

  /** A new datasource per filters (and per retry): the grid starts again from the first block. */
  create(filters: AuditFilters, listener: KeysetBlockListener<AuditEntry>): IDatasource {
    return createKeysetDatasource((limit, cursor) => this.api.list(filters, limit, cursor), listener);
  }
}
