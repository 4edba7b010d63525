import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import type { JobAttachment } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { originalUrl } from '../../../shared/ui/job-report/answer-display';

export interface PhotoLightboxData {
  photos: Pick<JobAttachment, 'id' | 'description'>[];
  index: number;
}

/** One photo large; ← and → move through the group, Escape closes (the dialog's own). */
@Component({
  selector: 'fd-photo-lightbox',
  imports: [MatDialogModule, MatButtonModule, MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(keydown.arrowleft)': 'move(-1)', '(keydown.arrowright)': 'move(1)' },
  template: `
    <h2 mat-dialog-title>
      {{ 'review.lightbox.title' | transloco: { n: index() + 1, count: data.photos.length } }}
    </h2>
    <mat-dialog-content class="content">
      <img [src]="url()" [alt]="photo().description || ('review.lightbox.title' | transloco: { n: index() + 1, count: data.photos.length })" />
      @if (photo().description) {
        <p>{{ photo().description }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" (click)="move(-1)" [disabled]="data.photos.length < 2">
        <mat-icon aria-hidden="true">chevron_left</mat-icon>{{ 'review.lightbox.previous' | transloco }}
      </button>
      <button mat-button type="button" (click)="move(1)" [disabled]="data.photos.length < 2">
        {{ 'review.lightbox.next' | transloco }}<mat-icon aria-hidden="true" iconPositionEnd>chevron_right</mat-icon>
      </button>
      <button mat-flat-button mat-dialog-close cdkFocusInitial>{{ 'common.close' | transloco }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .content {
      text-align: center;
    }
    img {
      max-width: 100%;
      max-height: 70vh;
      object-fit: contain;
    }
  `,
})
export class PhotoLightbox {
  protected readonly data = inject<PhotoLightboxData>(MAT_DIALOG_DATA);
  protected readonly index = signal(Math.max(0, this.data.index));
  protected readonly photo = computed(() => this.data.photos[this.index()]);
  protected readonly url = computed(() => originalUrl(this.photo().id));

  protected move(step: number): void {
    const count = this.data.photos.length;
    this.index.update((i) => (i + step + count) % count);
  }
}
