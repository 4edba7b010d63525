import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';

export interface PhotoDialogData {
  src: string;
  alt: string;
}

/** A reserve's photo at full size. */
@Component({
  selector: 'fd-reserve-photo-dialog',
  imports: [MatButtonModule, MatDialogModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.alt }}</h2>
    <mat-dialog-content><img [src]="data.src" [alt]="data.alt" /></mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close cdkFocusInitial>{{ 'reserves.detail.closePhoto' | transloco }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    img {
      display: block;
      max-width: 100%;
      max-height: 75vh;
      margin: auto;
    }
  `,
})
export class PhotoDialog {
  protected readonly data = inject<PhotoDialogData>(MAT_DIALOG_DATA);
}
