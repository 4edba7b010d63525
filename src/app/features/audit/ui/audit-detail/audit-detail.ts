import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { AuditEntry } from '@contract';
import { TranslocoDirective } from '@jsverse/transloco';
import { LocalDatePipe } from '../../../../shared/ui/local-date-pipe';
import { RelativeTimePipe } from '../../../../shared/ui/relative-time-pipe';
import { AuditChanges } from '../audit-changes/audit-changes';

/** One entry of the trail in full, beside the grid: who did what to which object, and every change. */
@Component({
  selector: 'fd-audit-detail',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslocoDirective, LocalDatePipe, RelativeTimePipe, AuditChanges],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let e = entry();
    <section class="detail" *transloco="let t" aria-labelledby="audit-detail-title" tabindex="-1">
      <header>
        <h2 id="audit-detail-title">{{ t('audit.actions.' + e.action) }} · {{ t('audit.types.' + e.entityType) }}</h2>
        <button mat-icon-button type="button" (click)="closed.emit()" [attr.aria-label]="t('audit.detail.close')">
          <mat-icon aria-hidden="true">close</mat-icon>
        </button>
      </header>
      <dl>
        <dt>{{ t('audit.columns.when') }}</dt>
        <dd>{{ e.occurredAt | localDate }} <small>({{ e.occurredAt | relativeTime }})</small></dd>
        <dt>{{ t('audit.columns.who') }}</dt>
        <dd>
          {{ e.actor?.displayName ?? t('audit.system') }}
          @if (e.actorRole) { <small>{{ t('roles.' + e.actorRole) }}</small> }
        </dd>
        <dt>{{ t('audit.columns.object') }}</dt>
        <dd>
          @if (link(); as href) { <a [routerLink]="href">{{ t('audit.types.' + e.entityType) }}</a> } @else { {{ t('audit.types.' + e.entityType) }} }
          @if (e.entityId) { <small class="id">{{ e.entityId }}</small> }
        </dd>
        @if (e.actorIp) {
          <dt>{{ t('audit.columns.ip') }}</dt>
          <dd>{{ e.actorIp }}</dd>
        }
      </dl>
      <h3>{{ t('audit.columns.changes') }}</h3>
      @if (hasChanges()) { <fd-audit-changes [changes]="e.changes" /> } @else { <p class="none">{{ t('audit.detail.noChanges') }}</p> }
    </section>
  `,
  styles: `
    .detail {
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
      overflow-wrap: anywhere;
    }
    header {
      display: flex;
      align-items: flex-start;
      justify-content: space-between;
      gap: 8px;
    }
    h2 {
      margin: 8px 0;
      font: var(--mat-sys-title-medium);
    }
    h3 {
      margin: 16px 0 8px;
      font: var(--mat-sys-title-small);
    }
    dl {
      margin: 0;
    }
    dt {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
      margin-top: 8px;
    }
    dd {
      margin: 0;
    }
    small,
    .none {
      color: var(--mat-sys-on-surface-variant);
    }
    .id {
      display: block;
      font-family: ui-monospace, 'Roboto Mono', monospace;
    }
  `,
})
export class AuditDetail {
  readonly entry = input.required<AuditEntry>();
  /** The console page of the entry's object, where one exists. */
  readonly link = input<string | null>(null);
  readonly closed = output<void>();
  protected readonly hasChanges = computed(() => Object.keys(this.entry().changes).length > 0);
}
