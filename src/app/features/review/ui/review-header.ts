import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { JobEvent } from '@contract';
import type { JobDetail } from '@contract/jobs';
import { TranslocoPipe } from '@jsverse/transloco';
import { JobStatusChip } from '../../../shared/ui/job-status-chip/job-status-chip';
import { LocalDatePipe } from '../../../shared/ui/local-date-pipe';
import { PluralPipe } from '../../../shared/ui/plural-pipe';
import { formatDuration, workedVsPlanned } from './review-durations';
import { segmentSeconds, workSegments } from './work-periods';

/** Who, where, when: the job, its people, planned vs actual times and a small timeline of work and pauses. */
@Component({
  selector: 'fd-review-header',
  imports: [TranslocoPipe, LocalDatePipe, JobStatusChip, PluralPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let j = job();
    <div class="title">
      <h1>{{ 'review.page.title' | transloco: { number: j.number } }}</h1>
      <fd-job-status-chip [status]="j.status" />
    </div>
    <p class="subtitle">{{ j.customer.name }}@if (j.site; as site) { — {{ site.name }}, {{ site.city }}}<span class="muted"> · {{ j.description }}</span></p>
    <dl class="facts">
      <div>
        <dt>{{ 'review.page.technicians' | transloco }}</dt>
        <dd>
          @for (t of j.technicians; track t.userId; let last = $last) {
            {{ t.name }} ({{ 'review.page.role.' + t.role | transloco }}){{ last ? '' : ', ' }}
          }
        </dd>
      </div>
      <div>
        <dt>{{ 'review.page.planned' | transloco }}</dt>
        <dd>{{ j.plannedStart | localDate }} → {{ j.plannedEnd | localDate: 'time' }}</dd>
      </div>
      <div>
        <dt>{{ 'review.page.actual' | transloco }}</dt>
        <dd>{{ j.actualStart | localDate }} → {{ j.actualEnd | localDate: 'time' }}</dd>
      </div>
      <div>
        <dt>{{ 'review.page.worked' | transloco }}</dt>
        <dd [class.overrun]="worked().overrun">
          {{ worked().text }}
          @if (worked().overrun) {
            <span class="visually-hidden">— {{ 'review.queue.overrun' | transloco }}</span>
          }
          @if (pauses()) {
            <span class="muted">· {{ 'review.page.pauses' | plural: pauses() | transloco: { count: pauses() } }}</span>
          }
        </dd>
      </div>
    </dl>
    @if (segments().length) {
      <div class="timeline" role="img" [attr.aria-label]="timelineLabel()">
        @for (s of segments(); track s.start) {
          <span class="segment" [class]="s.kind" [style.left.%]="s.offset * 100" [style.width.%]="s.width * 100"
            [attr.title]="(s.start | localDate: 'time') + ' – ' + (s.end | localDate: 'time')"></span>
        }
      </div>
      <ul class="legend">
        <li><span class="swatch work"></span>{{ 'review.page.work' | transloco }}</li>
        <li><span class="swatch pause"></span>{{ 'review.page.pause' | transloco }}</li>
      </ul>
    }
  `,
  styles: `
    @use '../../../shared/ui/detail-styles' as detail;

    .title {
      display: flex;
      align-items: center;
      gap: 12px;
      h1 {
        margin: 0;
      }
    }
    .subtitle {
      margin: 4px 0 12px;
      font: var(--mat-sys-title-medium);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .facts {
      @include detail.facts(200px, $gap: 8px 24px, $value-margin: 0, $repeat: auto-fit);
      margin: 0;
    }
    .overrun {
      color: var(--mat-sys-error);
      font-weight: 600;
    }
    .timeline {
      position: relative;
      height: 12px;
      margin: 12px 0 4px;
      border-radius: 6px;
      background: var(--mat-sys-surface-container-high);
      overflow: hidden;
    }
    .segment {
      position: absolute;
      top: 0;
      bottom: 0;
    }
    .work,
    .swatch.work {
      background: var(--mat-sys-primary);
    }
    .pause,
    .swatch.pause {
      background: var(--mat-sys-tertiary-container);
    }
    .legend {
      display: flex;
      gap: 16px;
      list-style: none;
      padding: 0;
      margin: 0;
      font: var(--mat-sys-body-small);
    }
    .swatch {
      display: inline-block;
      width: 12px;
      height: 12px;
      border-radius: 3px;
      margin-right: 4px;
      vertical-align: middle;
    }
  `,
})
export class ReviewHeader {
  readonly job = input.required<JobDetail>();
  readonly events = input<readonly JobEvent[]>([]);

  protected readonly worked = computed(() => {
    const j = this.job();
    const planned = j.plannedStart && j.plannedEnd ? Math.round((Date.parse(j.plannedEnd) - Date.parse(j.plannedStart)) / 1000) : null;
    return workedVsPlanned(j.workedSeconds, planned);
  });
  protected readonly segments = computed(() => workSegments(this.events(), this.job().actualEnd ?? new Date().toISOString()));
  protected readonly pauses = computed(() => this.segments().filter((s) => s.kind === 'pause').length);
  protected readonly timelineLabel = computed(() =>
    this.segments()
      .map((s) => `${s.kind === 'work' ? '▶' : '⏸'} ${formatDuration(segmentSeconds(s))}`)
      .join(', '),
  );
}
