import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { AuditEntry, AuditPage, User } from '@contract';
import { Subject, catchError, map, of, switchMap } from 'rxjs';
import { ApiErrorMessage } from '../../../shared/ui/api-error-message';
import { ListPage } from '../../../shared/ui/list-page/list-page';
import { RelativeTimePipe } from '../../../shared/ui/relative-time-pipe';
import { PluralPipe } from '../../../shared/ui/plural-pipe';
import { LocalDatePipe } from '../../../shared/ui/local-date-pipe';
import { toApiErrorInfo, type ApiErrorInfo } from '../../../shared/util/api-error';
import { AuditApi, auditEntityTypes, entityLink, noAuditFilters, type AuditFilters } from '../data-access';
import { AuditChanges } from '../ui/audit-changes/audit-changes';

const PAGE = 50;

interface Answer {
  cursor: string | null;
  page?: AuditPage;
  error?: ApiErrorInfo;
}

/**
 * The audit trail (read only). The rows are a log read page by page, never edited: they stay in
 * this page rather than in the store.
 */
@Component({
  selector: 'fd-audit-list-page',
  imports: [
    LocalDatePipe,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    RouterLink,
    TranslocoDirective,
    RelativeTimePipe,
    PluralPipe,
    ApiErrorMessage,
    AuditChanges,
    ListPage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-list-page.html',
  styleUrl: './audit-list-page.scss',
})
export class AuditListPage {
  private readonly api = inject(AuditApi);
  protected readonly filters = signal<AuditFilters>(noAuditFilters);
  protected readonly rows = signal<AuditEntry[]>([]);
  protected readonly total = signal<number | null>(null);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<ApiErrorInfo | null>(null);
  protected readonly people = signal<User[]>([]);
  protected readonly types = auditEntityTypes;
  protected readonly columns = ['when', 'who', 'action', 'object', 'changes', 'ip'];
  protected readonly link = entityLink;
  private readonly requests = new Subject<{ cursor: string | null }>();

  constructor() {
    const destroyRef = inject(DestroyRef);
    this.requests
      .pipe(
        switchMap(({ cursor }) => {
          this.loading.set(true);
          this.error.set(null);
          return this.api.list(this.filters(), PAGE, cursor).pipe(
            map((page): Answer => ({ page, cursor })),
            // Answered inside, so the stream of requests outlives a failed one.
            catchError((e: unknown) => of<Answer>({ cursor, error: toApiErrorInfo(e) })),
          );
        }),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe(({ page, cursor, error }) => {
        this.loading.set(false);
        if (error || !page) {
          this.error.set(error ?? null);
          return;
        }
        this.rows.set(cursor ? [...this.rows(), ...page.items] : page.items);
        this.total.set(page.total);
        this.nextCursor.set(page.nextCursor);
      });
    this.api
      .people()
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe({ next: (page) => this.people.set(page.items), error: () => this.people.set([]) });
    this.reload();
  }

  protected change(patch: Partial<AuditFilters>): void {
    this.filters.update((f) => ({ ...f, ...patch }));
    this.reload();
  }

  protected clear(): void {
    this.filters.set(noAuditFilters);
    this.reload();
  }

  protected reload(): void {
    this.requests.next({ cursor: null });
  }

  protected more(): void {
    if (this.nextCursor()) this.requests.next({ cursor: this.nextCursor() });
  }
}
