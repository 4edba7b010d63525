import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import type { JobAnswer, TemplateField } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalDatePipe } from '../local-date-pipe';
import { answerDisplay, originalUrl, thumbnailUrl } from './answer-display';

/** A photo the user asked to see larger: the photos of its group and which one. */
export interface PhotoOpened {
  ids: string[];
  index: number;
}

/** One report answer, read-only, as its field type reads best (with the technician's comment). */
@Component({
  selector: 'fd-report-answer',
  imports: [MatIconModule, TranslocoPipe, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let d = display();
    @switch (d.kind) {
      @case ('none') {
        <span class="none">{{ 'jobReport.report.notAnswered' | transloco }}</span>
      }
      @case ('text') {
        <span class="text">{{ d.text }}</span>
      }
      @case ('word') {
        <span class="word" [class]="d.tone">
          <mat-icon aria-hidden="true">{{ d.tone === 'yes' ? 'check_circle' : d.tone === 'no' ? 'cancel' : 'remove_circle_outline' }}</mat-icon>
          {{ d.key | transloco }}
        </span>
      }
      @case ('list') {
        <ul class="list">
          @for (item of d.items; track $index) {
            <li>{{ item }}</li>
          }
        </ul>
      }
      @case ('signature') {
        <figure class="signature">
          <img [src]="d.image" [alt]="'jobReport.report.signatureOf' | transloco: { name: d.name }" />
          <figcaption>{{ d.name }}</figcaption>
        </figure>
      }
      @case ('photos') {
        <div class="photos">
          @for (id of d.ids; track id; let i = $index) {
            <a [href]="original(id)" target="_blank" rel="noopener" (click)="open($event, d.ids, i)">
              <img [src]="thumbnail(id)" [alt]="'jobReport.report.photoOf' | transloco: { field: field().label, n: i + 1 }" loading="lazy" />
            </a>
          }
        </div>
      }
    }
    @if (answer()?.comment; as comment) {
      <p class="comment"><mat-icon aria-hidden="true">comment</mat-icon><span class="visually-hidden">{{ 'jobReport.report.comment' | transloco }}: </span>{{ comment }}</p>
    }
    @if (answer()?.answeredByName && display().kind !== 'none') {
      <p class="by">{{ 'jobReport.report.answeredBy' | transloco: { name: answer()!.answeredByName, when: (answer()!.answeredAt | localDate) } }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .none,
    .by {
      color: var(--mat-sys-on-surface-variant);
      font-style: italic;
    }
    .by {
      font: var(--mat-sys-body-small);
      margin: 2px 0 0;
    }
    .word {
      display: inline-flex;
      align-items: center;
      gap: 4px;
    }
    .word.yes mat-icon {
      color: var(--mat-sys-primary);
    }
    .word.no mat-icon {
      color: var(--mat-sys-error);
    }
    .list {
      margin: 0;
      padding-left: 18px;
    }
    .signature {
      margin: 0;
      img {
        max-width: 240px;
        max-height: 100px;
        background: #fff;
        border: 1px solid var(--mat-sys-outline-variant);
        border-radius: 4px;
      }
      figcaption {
        font: var(--mat-sys-body-small);
      }
    }
    .photos {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      img {
        width: 96px;
        height: 96px;
        object-fit: cover;
        border-radius: 8px;
      }
    }
    .comment {
      display: flex;
      gap: 4px;
      align-items: flex-start;
      margin: 4px 0 0;
      mat-icon {
        font-size: 18px;
        width: 18px;
        height: 18px;
      }
    }
  `,
})
export class ReportAnswer {
  readonly field = input.required<TemplateField>();
  readonly answer = input<JobAnswer | null | undefined>(null);
  readonly lang = input('en');
  /** Photos open in the page's lightbox (photoOpened) instead of a new tab. */
  readonly lightbox = input(false);
  readonly photoOpened = output<PhotoOpened>();

  protected open(event: Event, ids: string[], index: number): void {
    if (!this.lightbox()) return;
    event.preventDefault();
    this.photoOpened.emit({ ids, index });
  }

  protected readonly display = computed(() => answerDisplay(this.field(), this.answer(), this.lang()));
  protected readonly thumbnail = thumbnailUrl;
  protected readonly original = originalUrl;
}
