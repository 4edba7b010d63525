import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import type { AuditEntry } from '@contract';
import { TranslocoDirective } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { InfiniteGrid } from '../../../shared/ui/infinite-grid/infinite-grid';
import { datasourcePerQuery } from '../../../shared/ui/list-page/list-datasource';
import { ListPage } from '../../../shared/ui/list-page/list-page';
import { ListProblem } from '../../../shared/ui/list-page/list-problem';
import { LocalNumberPipe } from '../../../shared/ui/local-number-pipe';
import { PluralPipe } from '../../../shared/ui/plural-pipe';
import { LIST_TOTAL_CAP } from '@contract/rules';
import { callError } from '../../../shared/util/call-state';
import {
  AuditApiActions,
  AuditDatasources,
  AuditListPageActions,
  auditEntityTypes,
  auditFeature,
  entityLink,
  type AuditFilters,
} from '../data-access';
import { AuditDetail } from '../ui/audit-detail/audit-detail';
import { auditGrid } from '../ui/audit-grid/audit-grid.columns';

/**
 * The audit trail (read only), on the grid: the rows are a log streamed block by block, never
 * edited, so they stay in the grid rather than in the store (which holds the filters, the total and
 * the people to filter by). A row opens the entry beside the grid.
 */
@Component({
  selector: 'fd-audit-list-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoDirective,
    PluralPipe,
    LocalNumberPipe,
    AuditDetail,
    InfiniteGrid,
    ListPage,
    ListProblem,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-list-page.html',
  styleUrl: './audit-list-page.scss',
})
export class AuditListPage {
  private readonly store = inject(Store);
  private readonly datasources = inject(AuditDatasources);
  private readonly router = inject(Router);
  protected readonly filters = this.store.selectSignal(auditFeature.selectFilters);
  private readonly attempt = this.store.selectSignal(auditFeature.selectAttempt);
  protected readonly total = this.store.selectSignal(auditFeature.selectTotal);
  /** Past it the server stopped counting (10 million rows): said "More than 100,000 changes". */
  protected readonly cap = LIST_TOTAL_CAP;
  private readonly callState = this.store.selectSignal(auditFeature.selectList);
  protected readonly loading = computed(() => this.callState() === 'loading');
  protected readonly error = computed(() => callError(this.callState()));
  protected readonly people = this.store.selectSignal(auditFeature.selectPeople);
  /** The entry opened beside the grid (the page's own state: it never leaves the page). */
  protected readonly entry = signal<AuditEntry | null>(null);
  protected readonly types = auditEntityTypes;
  protected readonly link = entityLink;
  protected readonly grid = auditGrid(entityLink);

  protected readonly datasource = datasourcePerQuery(
    this.filters,
    (filters) =>
      this.datasources.create(filters, {
        loaded: (total) => this.store.dispatch(AuditApiActions.blockLoaded({ total })),
        failed: (error) => this.store.dispatch(AuditApiActions.blockFailed({ error })),
      }),
    this.attempt,
  );

  constructor() {
    this.store.dispatch(AuditListPageActions.opened());
  }

  protected change(changes: Partial<AuditFilters>): void {
    this.store.dispatch(AuditListPageActions.filtersChanged({ changes }));
    this.entry.set(null);
  }

  protected clear(): void {
    this.store.dispatch(AuditListPageActions.filtersCleared());
    this.entry.set(null);
  }

  protected reload(): void {
    this.store.dispatch(AuditListPageActions.retried());
  }

  protected open(href: string): void {
    void this.router.navigateByUrl(href);
  }
}
