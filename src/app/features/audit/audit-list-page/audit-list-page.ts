import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { AuditEntry, User } from '@contract';
import { ApiErrorMessage } from '../../../shared/ui/api-error-message';
import { ListPage } from '../../../shared/ui/list-page/list-page';
import { PluralPipe } from '../../../shared/ui/plural-pipe';
import type { ApiErrorInfo } from '../../../shared/util/api-error';
import { AuditApi, AuditDatasources, auditEntityTypes, entityLink, noAuditFilters, type AuditFilters } from '../data-access';
import { AuditDetail } from '../ui/audit-detail/audit-detail';
import { AuditGrid } from '../ui/audit-grid/audit-grid';

/**
 * The audit trail (read only), on the grid: the rows are a log streamed block by block, never
 * edited, so they stay in the grid rather than in the store. A row opens the entry beside the grid.
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
    ApiErrorMessage,
    AuditDetail,
    AuditGrid,
    ListPage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-list-page.html',
  styleUrl: './audit-list-page.scss',
})
export class AuditListPage {
  private readonly api = inject(AuditApi);
  private readonly datasources = inject(AuditDatasources);
  private readonly router = inject(Router);
  protected readonly filters = signal<AuditFilters>(noAuditFilters);
  /** Bumped by "retry": a new datasource reads the list again. */
  private readonly attempt = signal(0);
  protected readonly total = signal<number | null>(null);
  protected readonly error = signal<ApiErrorInfo | null>(null);
  protected readonly loading = computed(() => this.total() === null && !this.error());
  /** The entry opened beside the grid. */
  protected readonly entry = signal<AuditEntry | null>(null);
  protected readonly people = signal<User[]>([]);
  protected readonly types = auditEntityTypes;
  protected readonly link = entityLink;

  /** A new datasource per filters (and per retry): the grid starts again from the first block. */
  protected readonly datasource = computed(() => {
    const filters = this.filters();
    this.attempt();
    return this.datasources.create(filters, {
      loaded: (total) => this.total.set(total),
      failed: (error) => this.error.set(error),
    });
  });

  constructor() {
    effect(() => {
      this.datasource();
      untracked(() => {
        this.total.set(null);
        this.error.set(null);
      });
    });
    this.api
      .people()
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe({ next: (page) => this.people.set(page.items), error: () => this.people.set([]) });
  }

  protected change(patch: Partial<AuditFilters>): void {
    this.filters.update((f) => ({ ...f, ...patch }));
    this.entry.set(null);
  }

  protected clear(): void {
    this.filters.set(noAuditFilters);
    this.entry.set(null);
  }

  protected reload(): void {
    this.attempt.update((n) => n + 1);
  }

  protected open(href: string): void {
    void this.router.navigateByUrl(href);
  }
}
