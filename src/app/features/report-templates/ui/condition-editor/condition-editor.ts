import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { ErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { Condition, TemplateFamily, TemplateField } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { type Operator, defaultCondition, operatorsFor, validationValues, withOperator } from '../conditions';
import type { LocatedProblem } from '../template-problems';
import { ProblemText } from '../problem-text';

/** "…when [field] [operator] [value]": the value editor fits the chosen field's type. */
@Component({
  selector: 'fd-condition-editor',
  imports: [FormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslocoPipe, ProblemText],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './condition-editor.html',
  styleUrl: './condition-editor.scss',
})
export class ConditionEditor {
  readonly condition = input.required<Condition>();
  /** Fields this condition may read, with their family for grouping. */
  readonly families = input.required<TemplateFamily[]>();
  readonly selfId = input.required<string>();
  readonly problems = input<LocatedProblem[]>([]);
  readonly readonly = input(false);
  /** Prefix of the controls' ids and accessible names ("Shown only when" / "Mandatory only when"). */
  readonly idPrefix = input.required<string>();
  readonly changed = output<Condition>();

  protected readonly validationValues = validationValues;
  protected readonly sourceGroups = computed(() =>
    this.families()
      .map((family) => ({
        family,
        fields: family.fields.filter((f) => f.id !== this.selfId() && f.type !== 'signature' && f.type !== 'photo'),
      }))
      .filter((group) => group.fields.length > 0),
  );
  protected readonly source = computed<TemplateField | null>(() => {
    const id = this.condition().fieldId;
    for (const family of this.families()) {
      const found = family.fields.find((f) => f.id === id);
      if (found) return found;
    }
    return null;
  });
  protected readonly operators = computed(() => {
    const source = this.source();
    return source ? operatorsFor(source.type) : [];
  });
  protected readonly listValue = computed(() => {
    const value = this.condition().value;
    return Array.isArray(value) ? value : [];
  });

  protected readonly fieldError = this.matcher('fieldId');
  protected readonly operatorError = this.matcher('operator');
  protected readonly valueError = this.matcher('value');

  private matcher(part: string): ErrorStateMatcher {
    return { isErrorState: () => this.problemsOf(part).length > 0 };
  }

  protected problemsOf(part: string): LocatedProblem[] {
    return this.problems().filter((p) => p.part === part);
  }


  protected sourceChosen(fieldId: string): void {
    const source = this.sourceGroups()
      .flatMap((g) => g.fields)
      .find((f) => f.id === fieldId);
    if (source) this.changed.emit(defaultCondition(source));
  }

  protected operatorChosen(operator: Operator): void {
    const source = this.source();
    if (source) this.changed.emit(withOperator(source, operator, this.condition().value));
  }

  protected valueChanged(value: Condition['value']): void {
    this.changed.emit({ ...this.condition(), value });
  }

  protected numberChanged(value: number | null): void {
    this.valueChanged(value ?? undefined);
  }

  /** "Is one of" for free text: one value per line. */
  protected linesChanged(text: string): void {
    this.valueChanged(
      text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    );
  }

  protected lines(): string {
    return this.listValue().join('\n');
  }
}
