import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { JobEvent } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalDatePipe } from '../../../../shared/ui/local-date-pipe';
import { RelativeTimePipe } from '../../../../shared/ui/relative-time-pipe';
import { describeJobEvent } from '../job-event-text';

/** The job's history, newest first: what happened, who did it, when (relative, exact time on hover). */
@Component({
  selector: 'fd-job-timeline',
  imports: [TranslocoPipe, LocalDatePipe, RelativeTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (lines().length) {
      <ol class="timeline">
        @for (line of lines(); track line.event.id) {
          @let status = line.text.nested['status'] ? (line.text.nested['status'] | transloco) : '';
          @let kind = line.text.nested['kind'] ? (line.text.nested['kind'] | transloco) : '';
          @let signer = line.text.nested['signer'] ? (line.text.nested['signer'] | transloco) : '';
          <li [attr.data-type]="line.event.type">
            <span class="dot" aria-hidden="true"></span>
            <div>
              <p class="what">{{ line.text.key | transloco: withWords(line.text.params, status, kind, signer) }}</p>
              @if (line.text.detail) {
                <p class="detail">{{ line.text.detail }}</p>
              }
              <p class="meta">
                @if (line.event.actorName) {
                  {{ line.event.actorName }}
                } @else {
                  {{ 'jobDetail.events.source.' + line.event.source | transloco }}
                }
                ·
                <time [attr.datetime]="line.event.occurredAt" [title]="line.event.occurredAt | localDate">{{ line.event.occurredAt | relativeTime }}</time>
              </p>
            </div>
          </li>
        }
      </ol>
    } @else {
      <p class="empty">{{ 'jobDetail.events.none' | transloco }}</p>
    }
  `,
  styles: `
    @use '../../../../shared/ui/timeline-styles' as timeline;

    .timeline {
      @include timeline.bare-list;
    }
    li {
      display: grid;
      grid-template-columns: 16px 1fr;
      gap: 8px;
      padding: 6px 0;
      border-left: 2px solid var(--mat-sys-outline-variant);
      margin-left: 6px;
      padding-left: 0;
    }
    .dot {
      width: 10px;
      height: 10px;
      border-radius: 50%;
      background: var(--mat-sys-primary);
      margin: 6px 0 0 -6px;
    }
    p {
      margin: 0;
    }
    .what {
      font: var(--mat-sys-body-medium);
    }
    .detail {
      font-style: italic;
    }
    .meta,
    .empty {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class JobTimeline {
  readonly events = input<readonly JobEvent[]>([]);
  readonly lang = input('en');

  protected readonly lines = computed(() => {
    const lang = this.lang();
    return [...this.events()]
      .sort((a, b) => (a.occurredAt < b.occurredAt ? 1 : a.occurredAt > b.occurredAt ? -1 : 0))
      .map((event) => ({ event, text: describeJobEvent(event, lang) }));
  });

  protected withWords(params: Record<string, unknown>, status: string, kind: string, signer: string): Record<string, unknown> {
    return { ...params, status, kind, signer };
  }
}
