import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';

export const REVIEW_SHORTCUTS = [
  { keys: ['J', 'Alt+→'], labelKey: 'review.shortcuts.next' },
  { keys: ['K', 'Alt+←'], labelKey: 'review.shortcuts.previous' },
  { keys: ['V'], labelKey: 'review.shortcuts.validate' },
  { keys: ['?'], labelKey: 'review.shortcuts.help' },
] as const;

/** The review page's keyboard shortcuts (opened with "?"). */
@Component({
  selector: 'fd-shortcuts-help',
  imports: [MatDialogModule, MatButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'review.shortcuts.title' | transloco }}</h2>
    <mat-dialog-content>
      <dl>
        @for (s of shortcuts; track s.labelKey) {
          <div class="row">
            <dt>
              @for (k of s.keys; track k; let last = $last) {
                <kbd>{{ k }}</kbd>{{ last ? '' : ' / ' }}
              }
            </dt>
            <dd>{{ s.labelKey | transloco }}</dd>
          </div>
        }
      </dl>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-flat-button mat-dialog-close cdkFocusInitial>{{ 'common.close' | transloco }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .row {
      display: grid;
      grid-template-columns: 140px 1fr;
      gap: 12px;
      padding: 4px 0;
    }
    dd {
      margin: 0;
    }
    kbd {
      border: 1px solid var(--mat-sys-outline);
      border-radius: 4px;
      padding: 0 4px;
      font-family: monospace;
    }
  `,
})
export class ShortcutsHelp {
  protected readonly shortcuts = REVIEW_SHORTCUTS;
}
