import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import type { JobAttachment } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalDatePipe } from '../../../../shared/ui/local-date-pipe';
import { originalUrl } from '../../../../shared/ui/job-report/answer-display';

/** Documents and photos the office added for the technician; each can be opened, and deleted by planners. */
@Component({
  selector: 'fd-job-documents',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (documents().length) {
      <ul class="documents">
        @for (d of documents(); track d.id) {
          <li>
            <mat-icon aria-hidden="true">{{ d.contentType?.startsWith('image/') ? 'image' : 'description' }}</mat-icon>
            <a [href]="original(d.id)" target="_blank" rel="noopener">{{ d.fileName || d.description || d.id }}</a>
            <span class="muted">{{ d.createdByName ?? '' }} · {{ d.createdAt | localDate }}</span>
            @if (canDelete()) {
              <button
                mat-icon-button
                type="button"
                [disabled]="busy()"
                (click)="deleteRequested.emit(d)"
                [attr.aria-label]="'jobDetail.documents.delete' | transloco: { name: d.fileName || d.description || '' }"
              >
                <mat-icon aria-hidden="true">delete</mat-icon>
              </button>
            }
          </li>
        }
      </ul>
    } @else {
      <p class="muted">{{ 'jobDetail.documents.none' | transloco }}</p>
    }
  `,
  styles: `
    @use '../../../../shared/ui/detail-styles' as detail;

    .documents {
      @include detail.plain-list;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class JobDocuments {
  readonly documents = input<readonly JobAttachment[]>([]);
  readonly canDelete = input(false);
  readonly busy = input(false);
  readonly deleteRequested = output<JobAttachment>();
  protected readonly original = originalUrl;
}
