import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';

/** A field where the newest saved version and the user's edit disagree. */
export interface ChangedField {
  labelKey: string;
  latest: string;
  mine: string;
}

/**
 * What a form page shows after its save was refused with 412 (someone else saved first): the warning
 * with "load the latest version", then the latest version's differences beside the user's edits with
 * "use the latest version". The page keeps the edits; this only speaks and asks.
 */
@Component({
  selector: 'fd-edit-conflict',
  imports: [MatButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (conflict()) {
      <div role="alert" class="notice warning">
        <p>{{ texts() + '.conflict' | transloco }}</p>
        <button mat-flat-button type="button" (click)="loadLatest.emit()">{{ texts() + '.loadLatest' | transloco }}</button>
      </div>
    }
    @if (latestVersion(); as version) {
      <div role="status" class="notice info">
        <p>{{ texts() + '.latestLoaded' | transloco: { version } }}</p>
        @if (differences().length) {
          <table class="diffs">
            <thead>
              <tr>
                <th scope="col">{{ texts() + '.field' | transloco }}</th>
                <th scope="col">{{ texts() + '.latestValue' | transloco }}</th>
                <th scope="col">{{ texts() + '.yourValue' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (d of differences(); track d.labelKey) {
                <tr>
                  <th scope="row">{{ d.labelKey | transloco }}</th>
                  <td>{{ d.latest || '—' }}</td>
                  <td>{{ d.mine || '—' }}</td>
                </tr>
              }
            </tbody>
          </table>
        }
        <button mat-stroked-button type="button" (click)="useLatest.emit()">{{ texts() + '.useLatest' | transloco }}</button>
      </div>
    }
  `,
  styles: `
    .diffs {
      border-collapse: collapse;
      margin-bottom: 12px;
      th,
      td {
        text-align: left;
        padding: 4px 12px 4px 0;
        vertical-align: top;
      }
    }
  `,
})
export class EditConflict {
  /** The translation key holding this form's sentences: conflict, loadLatest, latestLoaded, field, latestValue, yourValue, useLatest. */
  readonly texts = input.required<string>();
  /** The save was refused because the record changed meanwhile, and the latest version is not loaded yet. */
  readonly conflict = input(false);
  /** The version loaded after the conflict, while the user compares; null otherwise. */
  readonly latestVersion = input<number | null>(null);
  readonly differences = input<readonly ChangedField[]>([]);
  readonly loadLatest = output<void>();
  readonly useLatest = output<void>();
}
