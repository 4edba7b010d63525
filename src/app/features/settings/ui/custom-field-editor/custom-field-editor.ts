import { ChangeDetectionStrategy, Component, computed, effect, input, output, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type {
  CustomFieldDefinition,
  CustomFieldDefinitionInput,
  CustomFieldDefinitionPatch,
  CustomFieldEntity,
  CustomFieldOption,
  CustomFieldType,
} from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { FieldErrorPipe } from '../../../../shared/ui/field-error-pipe';
import { requiredText, safeText } from '../../../../shared/util/text-validators';

export const FIELD_TYPES: readonly CustomFieldType[] = ['text', 'number', 'date', 'choice', 'checkbox'];

// Limits mirror contract/custom-fields.ts.
const label = (value = '', max = 80) =>
  new FormControl(value, { nonNullable: true, validators: [requiredText, Validators.maxLength(max), safeText] });
const optionGroup = (option?: CustomFieldOption) =>
  new FormGroup({ value: label(option?.value, 60), labelEn: label(option?.labelEn), labelFr: label(option?.labelFr) });

export type CustomFieldEdit =
  | { kind: 'create'; input: CustomFieldDefinitionInput }
  | { kind: 'change'; field: CustomFieldDefinition; changes: CustomFieldDefinitionPatch };

/** Creates or edits one custom field definition; entity, key and type are fixed once created. */
@Component({
  selector: 'fd-custom-field-editor',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './custom-field-editor.html',
  styleUrl: './custom-field-editor.scss',
})
export class CustomFieldEditor {
  /** The field being edited; null for a new one. */
  readonly field = input<CustomFieldDefinition | null>(null);
  readonly entity = input.required<CustomFieldEntity>();
  readonly busy = input(false);
  readonly saved = output<CustomFieldEdit>();
  readonly cancelled = output<void>();

  protected readonly types = FIELD_TYPES;
  /** The field's name in each language the console speaks. */
  protected readonly labelNames = ['labelEn', 'labelFr'] as const;
  protected readonly form = new FormGroup({
    key: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(/^[a-z][a-zA-Z0-9_]{0,39}$/)],
    }),
    labelEn: label(),
    labelFr: label(),
    type: new FormControl<CustomFieldType>('text', { nonNullable: true }),
    mandatory: new FormControl(false, { nonNullable: true }),
    options: new FormArray<ReturnType<typeof optionGroup>>([]),
  });
  private readonly type = toSignal(this.form.controls.type.valueChanges, { initialValue: this.form.controls.type.value });
  protected readonly isChoice = computed(() => this.type() === 'choice');
  protected readonly isNew = computed(() => this.field() === null);

  constructor() {
    effect(() => {
      const field = this.field();
      untracked(() => this.fill(field));
    });
  }

  private fill(field: CustomFieldDefinition | null): void {
    this.form.controls.options.clear();
    for (const option of field?.options ?? []) this.form.controls.options.push(optionGroup(option));
    this.form.reset({
      key: field?.key ?? '',
      labelEn: field?.labelEn ?? '',
      labelFr: field?.labelFr ?? '',
      type: field?.type ?? 'text',
      mandatory: field?.mandatory ?? false,
    });
    if (field) {
      this.form.controls.key.disable();
      this.form.controls.type.disable();
    } else {
      this.form.controls.key.enable();
      this.form.controls.type.enable();
    }
  }

  protected addOption(): void {
    this.form.controls.options.push(optionGroup());
  }

  protected removeOption(index: number): void {
    this.form.controls.options.removeAt(index);
  }

  protected submit(): void {
    if (this.isChoice() && this.form.controls.options.length === 0) this.addOption();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const options = value.type === 'choice' ? value.options.map((o) => ({ value: o.value.trim(), labelEn: o.labelEn.trim(), labelFr: o.labelFr.trim() })) : [];
    const common = { labelEn: value.labelEn.trim(), labelFr: value.labelFr.trim(), mandatory: value.mandatory, options };
    const field = this.field();
    if (field) this.saved.emit({ kind: 'change', field, changes: common });
    else this.saved.emit({ kind: 'create', input: { ...common, entity: this.entity(), key: value.key, type: value.type } });
  }
}
