import { ChangeDetectionStrategy, Component, ViewEncapsulation, input } from '@angular/core';

/**
 * One titled group of a form page: a fieldset whose legend names the group for assistive technology,
 * the fields projected inside. `.row` lines fields up side by side, `.full` takes the whole width.
 */
@Component({
  selector: 'fd-form-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The row and width rules apply to the projected fields, which emulated encapsulation cannot reach.
  encapsulation: ViewEncapsulation.None,
  host: { '[class.outlined]': "appearance() === 'outlined'" },
  template: `
    <fieldset>
      <legend>{{ title() }}</legend>
      <ng-content />
    </fieldset>
  `,
  styles: `
    fd-form-section {
      display: block;
      > fieldset {
        border: none;
        padding: 0;
        margin: 0 0 24px;
        min-width: 0;
        > legend {
          font: var(--mat-sys-title-large);
          margin-bottom: 12px;
          padding: 0;
        }
      }
      &.outlined > fieldset {
        border: 1px solid var(--mat-sys-outline-variant);
        border-radius: 12px;
        padding: 8px 16px 16px;
        margin: 0 0 16px;
        > legend {
          font: var(--mat-sys-title-medium);
          margin-bottom: 0;
          padding: 0 4px;
        }
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-start;
        gap: 0 16px;
        > mat-form-field {
          flex: 1 1 240px;
        }
      }
      .full {
        width: 100%;
      }
    }
  `,
})
export class FormSection {
  readonly title = input.required<string>();
  /** `plain` for the sections of a page-long form; `outlined` frames the group (settings, optional extras). */
  readonly appearance = input<'plain' | 'outlined'>('plain');
}
