import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

export interface TemporaryPasswordData {
  email: string;
  password: string;
}

/** Shows a temporary password once, with a copy button; closing it forgets the password. */
@Component({
  selector: 'fd-temporary-password-dialog',
  imports: [MatDialogModule, MatButtonModule, MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'users.temporary.title' | transloco }}</h2>
    <mat-dialog-content>
      <p>{{ 'users.temporary.intro' | transloco: { email: data.email } }}</p>
      <p class="password"><code data-testid="temporary-password">{{ data.password }}</code></p>
      <p>{{ 'users.temporary.once' | transloco }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" (click)="copy()">
        <mat-icon aria-hidden="true">{{ copied() ? 'check' : 'content_copy' }}</mat-icon>
        {{ (copied() ? 'users.temporary.copied' : 'users.temporary.copy') | transloco }}
      </button>
      <button mat-flat-button mat-dialog-close type="button">{{ 'users.temporary.done' | transloco }}</button>
    </mat-dialog-actions>
  `,
  styles: `.password code { font-size: 1.4rem; letter-spacing: 0.05em; user-select: all; }`,
})
export class TemporaryPasswordDialog {
  protected readonly data = inject<TemporaryPasswordData>(MAT_DIALOG_DATA);
  private readonly clipboard = inject(Clipboard);
  protected readonly copied = signal(false);

  protected copy(): void {
    this.copied.set(this.clipboard.copy(this.data.password));
  }
}
