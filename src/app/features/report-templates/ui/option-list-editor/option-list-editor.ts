import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { ErrorStateMatcher } from '@angular/material/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { LocatedProblem } from '../template-problems';
import { ProblemText } from '../problem-text';
import { MoveButtons } from '../../../../shared/ui/move-buttons/move-buttons';
import { injectFocusAfterRender } from '../../../../shared/util/focus-after-render';

/** The options of a choice field: edit, add, remove, move up and down. */
@Component({
  selector: 'fd-option-list-editor',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslocoPipe, ProblemText, MoveButtons],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="options" [attr.aria-label]="'reportTemplates.field.options' | transloco">
      @for (option of options(); track $index; let i = $index, first = $first, last = $last) {
        <li>
          <mat-form-field appearance="outline" subscriptSizing="dynamic" class="option">
            <mat-label>{{ 'reportTemplates.field.option' | transloco: { n: i + 1 } }}</mat-label>
            <input
              matInput
              maxlength="100"
              [ngModel]="option"
              [disabled]="readonly()"
              [errorStateMatcher]="matcherAt(i)"
              (ngModelChange)="edit(i, $event)"
            />
            @for (p of problemsAt(i); track $index) {
              <mat-error><fd-problem-text [problem]="p" /></mat-error>
            }
          </mat-form-field>
          @if (!readonly()) {
            <fd-move-buttons [name]="option" [first]="first" [last]="last" (moved)="move(i, $event)" />
            <button mat-icon-button type="button" (click)="remove(i)" [attr.aria-label]="'reportTemplates.field.optionRemove' | transloco: { option }">
              <mat-icon aria-hidden="true">close</mat-icon>
            </button>
          }
        </li>
      }
    </ol>
    @for (p of listProblems(); track $index) {
      <p class="error-text" role="alert"><fd-problem-text [problem]="p" /></p>
    }
    @if (!readonly()) {
      <button mat-stroked-button type="button" (click)="add()">
        <mat-icon aria-hidden="true">add</mat-icon>{{ 'reportTemplates.field.addOption' | transloco }}
      </button>
    }
  `,
  styles: `
    .options {
      margin: 0 0 8px;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      align-items: flex-start;
      gap: 4px;
      margin-bottom: 8px;
    }
    .option {
      flex: 1 1 auto;
    }
  `,
})
export class OptionListEditor {
  private readonly transloco = inject(TranslocoService);
  private readonly focus = injectFocusAfterRender();
  readonly options = input.required<string[]>();
  /** The field's problems about `options` (the list, or one option by index). */
  readonly problems = input<LocatedProblem[]>([]);
  readonly readonly = input(false);
  readonly changed = output<string[]>();

  /** One matcher per row, kept: each reads the current problems when Material asks. */
  private readonly matchers = new Map<number, ErrorStateMatcher>();

  protected matcherAt(index: number): ErrorStateMatcher {
    let matcher = this.matchers.get(index);
    if (!matcher) {
      matcher = { isErrorState: () => this.problemsAt(index).length > 0 };
      this.matchers.set(index, matcher);
    }
    return matcher;
  }

  protected problemsAt(index: number): LocatedProblem[] {
    return this.problems().filter((p) => p.index === index);
  }

  protected listProblems(): LocatedProblem[] {
    return this.problems().filter((p) => p.index === undefined);
  }

  protected edit(index: number, value: string): void {
    this.changed.emit(this.options().map((o, i) => (i === index ? value : o)));
  }

  protected move(index: number, step: -1 | 1): void {
    const options = [...this.options()];
    const [option] = options.splice(index, 1);
    options.splice(index + step, 0, option);
    this.changed.emit(options);
  }

  protected remove(index: number): void {
    this.changed.emit(this.options().filter((_, i) => i !== index));
  }

  protected add(): void {
    const label = this.transloco.translate('reportTemplates.field.option', { n: this.options().length + 1 });
    this.changed.emit([...this.options(), label]);
    // The new option's text is selected so typing replaces it.
    this.focus('.options > li:last-child input', (input) => (input as HTMLInputElement).select());
  }
}
