import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { ApiErrorMessage } from '../../../shared/ui/api-error-message';
import { ListPage } from '../../../shared/ui/list-page/list-page';
import { RelativeTimePipe } from '../../../shared/ui/relative-time-pipe';
import { PluralPipe } from '../../../shared/ui/plural-pipe';
import { LocalDatePipe } from '../../../shared/ui/local-date-pipe';
import { callError } from '../../../shared/util/call-state';
import { AuditListPageActions, auditEntityTypes, auditFeature, entityLink, type AuditFilters } from '../data-access';
import { AuditChanges } from '../ui/audit-changes/audit-changes';

/** The audit trail (read only), read page by page. */
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
  private readonly store = inject(Store);
  protected readonly filters = this.store.selectSignal(auditFeature.selectFilters);
  protected readonly rows = this.store.selectSignal(auditFeature.selectRows);
  protected readonly total = this.store.selectSignal(auditFeature.selectTotal);
  protected readonly nextCursor = this.store.selectSignal(auditFeature.selectNextCursor);
  private readonly callState = this.store.selectSignal(auditFeature.selectList);
  protected readonly loading = computed(() => this.callState() === 'loading');
  protected readonly error = computed(() => callError(this.callState()));
  protected readonly people = this.store.selectSignal(auditFeature.selectPeople);
  protected readonly types = auditEntityTypes;
  protected readonly columns = ['when', 'who', 'action', 'object', 'changes', 'ip'];
  protected readonly link = entityLink;

  constructor() {
    this.store.dispatch(AuditListPageActions.opened());
  }

  protected change(changes: Partial<AuditFilters>): void {
    this.store.dispatch(AuditListPageActions.filtersChanged({ changes }));
  }

  protected clear(): void {
    this.store.dispatch(AuditListPageActions.filtersCleared());
  }

  protected reload(): void {
    this.store.dispatch(AuditListPageActions.retried());
  }

  protected more(): void {
    this.store.dispatch(AuditListPageActions.moreRequested());
  }
}
