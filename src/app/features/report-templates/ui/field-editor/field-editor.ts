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

type MandatoryMode = 'no' | 'always' | 'when';
type VisibilityMode = 'always' | 'when';
type OptionalKey = 'help' | 'unit' | 'min' | 'max' | 'visibleWhen' | 'mandatoryWhen';

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

  protected readonly mandatoryMode = computed<MandatoryMode>(() => {
    const field = this.field();
    return field.mandatory ? 'always' : field.mandatoryWhen ? 'when' : 'no';
  });
  protected readonly visibilityMode = computed<VisibilityMode>(() => (this.field().visibleWhen ? 'when' : 'always'));
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

  protected setMandatoryMode(mode: MandatoryMode): void {
    const source = this.firstSource();
    if (mode === 'when' && source) this.emit({ mandatory: false, mandatoryWhen: this.field().mandatoryWhen ?? defaultCondition(source) });
    else this.emit({ mandatory: mode === 'always' }, ['mandatoryWhen']);
  }

  protected setVisibilityMode(mode: VisibilityMode): void {
    const source = this.firstSource();
    if (mode === 'when' && source) this.emit({ visibleWhen: this.field().visibleWhen ?? defaultCondition(source) });
    else this.emit({}, ['visibleWhen']);
  }

  protected setCondition(key: 'visibleWhen' | 'mandatoryWhen', condition: Condition): void {
    this.emit({ [key]: condition });
  }
}
