import { ChangeDetectionStrategy, Component, computed, effect, input, output, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { CustomFieldDefinition, CustomFieldDefinitionInput, CustomFieldDefinitionPatch, CustomFieldEntity } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiErrorMessage } from '../../../../shared/ui/api-error-message';
import { MoveButtons } from '../../../../shared/ui/move-buttons/move-buttons';
import { callError, type CallState } from '../../../../shared/util/call-state';
import { type CustomFieldEdit, CustomFieldEditor } from '../custom-field-editor/custom-field-editor';

/** The "Custom fields" tab: the definitions of one entity in order, and their editor (administrators). */
@Component({
  selector: 'fd-custom-field-section',
  imports: [MatButtonModule, MatButtonToggleModule, MatIconModule, MatProgressBarModule, TranslocoPipe, ApiErrorMessage, CustomFieldEditor, MoveButtons],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './custom-field-section.html',
  styleUrl: './custom-field-section.scss',
})
export class CustomFieldSection {
  protected readonly headings = ['settings.customFields.label', 'settings.customFields.key', 'settings.customFields.type', 'settings.customFields.mandatory', 'settings.customFields.status'];
  readonly fields = input<CustomFieldDefinition[]>([]);
  readonly loadState = input<CallState>('idle');
  readonly saveState = input<CallState>('idle');
  readonly canEdit = input(false);
  readonly lang = input('en');
  readonly created = output<CustomFieldDefinitionInput>();
  readonly changed = output<{ field: CustomFieldDefinition; changes: CustomFieldDefinitionPatch }>();
  readonly moved = output<{ field: CustomFieldDefinition; other: CustomFieldDefinition }>();

  protected readonly entity = signal<CustomFieldEntity>('customer');
  /** undefined: editor closed; null: a new field; else the field being edited. */
  protected readonly editing = signal<CustomFieldDefinition | null | undefined>(undefined);
  private awaitingSave = false;
  protected readonly shown = computed(() => this.fields().filter((f) => f.entity === this.entity()));
  protected readonly loading = computed(() => this.loadState() === 'loading');
  protected readonly loadError = computed(() => callError(this.loadState()));
  protected readonly saveError = computed(() => callError(this.saveState()));
  protected readonly busy = computed(() => this.saveState() === 'loading');

  constructor() {
    effect(() => {
      const state = this.saveState();
      untracked(() => {
        if (this.awaitingSave && state === 'loaded') {
          this.awaitingSave = false;
          this.editing.set(undefined);
        } else if (typeof state === 'object') this.awaitingSave = false;
      });
    });
  }

  protected label(field: CustomFieldDefinition): string {
    return this.lang() === 'fr' ? field.labelFr : field.labelEn;
  }

  protected choose(entity: CustomFieldEntity): void {
    this.entity.set(entity);
    this.editing.set(undefined);
  }

  protected save(edit: CustomFieldEdit): void {
    this.awaitingSave = true;
    if (edit.kind === 'create') this.created.emit(edit.input);
    else this.changed.emit({ field: edit.field, changes: edit.changes });
  }

  protected setActive(field: CustomFieldDefinition, active: boolean): void {
    this.changed.emit({ field, changes: { active } });
  }

  protected move(index: number, step: -1 | 1): void {
    const list = this.shown();
    const field = list[index];
    const other = list[index + step];
    if (field && other) this.moved.emit({ field, other });
  }
}
