import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { LocalDatePipe } from '../../../shared/ui/local-date-pipe';
import { RelativeTimePipe } from '../../../shared/ui/relative-time-pipe';
import type { ReserveEvent } from '@contract/reserves';
import { describeReserveEvent } from './reserve-event-text';

const ICONS: Record<string, string> = {
  raised: 'report',
  status_changed: 'published_with_changes',
  commented: 'comment',
  assigned: 'person',
  follow_up: 'event_repeat',
  description_changed: 'edit',
};

/** A reserve's history, newest first: who did what, when (relative, exact time in a tooltip). */
@Component({
  selector: 'fd-reserve-timeline',
  imports: [MatIconModule, MatTooltipModule, RouterLink, TranslocoPipe, LocalDatePipe, RelativeTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (lines().length === 0) {
      <p class="none">{{ 'reserves.detail.noHistory' | transloco }}</p>
    } @else {
      <ol class="timeline">
        @for (line of lines(); track line.event.id) {
          <li>
            <mat-icon aria-hidden="true">{{ line.icon }}</mat-icon>
            <div class="body">
              <p class="what">
                {{ line.text.key | transloco: line.text.params }}
                @if (line.event.followUpJobNumber) {
                  — <a [routerLink]="['/jobs', line.event.followUpJobNumber]">{{ line.event.followUpJobNumber }}</a>
                }
              </p>
              @if (line.event.comment) {
                <blockquote class="comment">{{ line.event.comment }}</blockquote>
              }
              <time [attr.datetime]="line.event.occurredAt" [matTooltip]="line.event.occurredAt | localDate" tabindex="0">
                {{ line.event.occurredAt | relativeTime }}
                <span class="visually-hidden">({{ line.event.occurredAt | localDate }})</span>
              </time>
            </div>
          </li>
        }
      </ol>
    }
  `,
  styles: `
    @use '../../../shared/ui/timeline-styles' as timeline;

    .timeline {
      @include timeline.entries(12px, 8px 0);
    }
    .what {
      margin: 0;
    }
    .comment {
      margin: 4px 0;
      padding: 4px 12px;
      border-left: 3px solid var(--mat-sys-outline);
      white-space: pre-wrap;
    }
    time,
    .none {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ReserveTimeline {
  readonly events = input.required<ReserveEvent[]>();
  private readonly transloco = inject(TranslocoService);

  protected readonly lines = computed(() => {
    this.transloco.activeLang();
    const status = (s: string) => (s ? this.transloco.translate(`reserves.status.${s}`) : '');
    const someone = this.transloco.translate('reserves.event.someone');
    return [...this.events()]
      .reverse()
      .map((event) => ({ event, icon: ICONS[event.type] ?? 'history', text: describeReserveEvent(event, status, someone) }));
  });
}
