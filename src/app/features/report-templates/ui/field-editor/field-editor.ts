import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import type { ErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import type { Condition, TemplateFamily, TemplateField } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { canDriveConditions, defaultCondition } from '../conditions';
import { ConditionEditor } from '../condition-editor/condition-editor';
import { OptionListEditor } from '../option-list-editor/option-list-editor';
import type { LocatedProblem } from '../template-problems';
import { ProblemText } from '../problem-text';

type ConditionKey = 'mandatoryWhen' | 'visibleWhen';
/** "When" puts a condition on the field; "always" (mandatory only: also "no") takes it away. */
type ConditionMode = 'no' | 'always' | 'when';
type OptionalKey = 'help' | 'unit' | 'min' | 'max' | ConditionKey;

interface ConditionRule {
  key: ConditionKey;
  /** Names its texts (`reportTemplates.field.<idPart><Mode>`) and the ids of its legend and condition editor. */
  idPart: 'mandatory' | 'visible';
  legend: string;
  modes: readonly ConditionMode[];
}

/** The two settings a condition on another field's answer may drive, as radio groups. */
const conditionRules: readonly ConditionRule[] = [
  { key: 'mandatoryWhen', idPart: 'mandatory', legend: 'reportTemplates.field.mandatory', modes: ['no', 'always', 'when'] },
  { key: 'visibleWhen', idPart: 'visible', legend: 'reportTemplates.field.visibility', modes: ['always', 'when'] },
];

/** Every setting of one field; each change goes out as the whole new field. */
@Component({
  selector: 'fd-field-editor',
  imports: [FormsModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, MatRadioModule, TranslocoPipe, ProblemText, ConditionEditor, OptionListEditor],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './field-editor.html',
  styleUrl: './field-editor.scss',
})
export class FieldEditor {
  readonly field = input.required<TemplateField>();
  readonly families = input.required<TemplateFamily[]>();
  readonly problems = input<LocatedProblem[]>([]);
  readonly readonly = input(false);
  readonly changed = output<TemplateField>();

  protected readonly labelError = this.matcher('label');
  protected readonly minError = this.matcher('min');
  protected readonly maxError = this.matcher('max');

  protected readonly conditionRules = conditionRules;
  protected readonly modes = computed<Record<ConditionKey, ConditionMode>>(() => {
    const field = this.field();
    return {
      mandatoryWhen: field.mandatory ? 'always' : field.mandatoryWhen ? 'when' : 'no',
      visibleWhen: field.visibleWhen ? 'when' : 'always',
    };
  });
  /** The first field another may depend on; none means "only when" cannot be offered yet. */
  private readonly firstSource = computed(
    () =>
      this.families()
        .flatMap((family) => family.fields)
        .find((f) => f.id !== this.field().id && canDriveConditions(f)) ?? null,
  );
  protected readonly canUseConditions = computed(() => this.firstSource() !== null);

  private matcher(property: string): ErrorStateMatcher {
    return { isErrorState: () => this.problemsOf(property).length > 0 };
  }

  protected problemsOf(property: string): LocatedProblem[] {
    return this.problems().filter((p) => p.property === property);
  }

  private emit(change: Partial<TemplateField>, remove: OptionalKey[] = []): void {
    const next: TemplateField = { ...this.field(), ...change };
    for (const key of remove) delete next[key];
    this.changed.emit(next);
  }

  protected setLabel(label: string): void {
    this.emit({ label });
  }

  protected setHelp(help: string): void {
    if (help === '') this.emit({}, ['help']);
    else this.emit({ help });
  }

  protected setUnit(unit: string): void {
    if (unit.trim() === '') this.emit({}, ['unit']);
    else this.emit({ unit });
  }

  protected setBound(key: 'min' | 'max', value: number | null): void {
    if (value === null || !Number.isFinite(value)) this.emit({}, [key]);
    else this.emit({ [key]: value });
  }

  protected setFlag(key: 'commentsAllowed' | 'reservesAllowed' | 'barcode' | 'multiple', value: boolean): void {
    this.emit({ [key]: value });
  }

  protected setOptions(options: string[]): void {
    this.emit({ options });
  }

  protected modeLabel(rule: ConditionRule, mode: ConditionMode): string {
    return `reportTemplates.field.${rule.idPart}${mode[0]!.toUpperCase()}${mode.slice(1)}`;
  }

  /** Mandatory is the one rule with a flag of its own: "always" sets it, any other mode clears it. */
  protected setMode(key: ConditionKey, mode: ConditionMode): void {
    const source = this.firstSource();
    const flag: Partial<TemplateField> = key === 'mandatoryWhen' ? { mandatory: mode === 'always' } : {};
    if (mode === 'when' && source) this.emit({ ...flag, [key]: this.field()[key] ?? defaultCondition(source) });
    else this.emit(flag, [key]);
  }

  protected setCondition(key: ConditionKey, condition: Condition): void {
    this.emit({ [key]: condition });
  }
}
