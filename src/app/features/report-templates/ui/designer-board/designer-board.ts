import { LiveAnnouncer } from '@angular/cdk/a11y';
import { type CdkDragDrop, DragDropModule } from '@angular/cdk/drag-drop';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import type { ErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatTooltipModule } from '@angular/material/tooltip';
import type { FieldType, TemplateDefinition, TemplateFamily, TemplateField } from '@contract';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { PluralPipe } from '../../../../shared/ui/plural-pipe';
import { FieldEditor } from '../field-editor/field-editor';
import { allFieldTypes, fieldTypeIcons } from '../field-types';
import { type LocatedProblem, type ProblemIndex, noProblems } from '../template-problems';
import { ProblemText } from '../problem-text';
import { injectFocusAfterRender } from '../../../../shared/util/focus-after-render';

export interface FieldMove {
  fieldId: string;
  toFamilyId: string;
  toIndex: number;
}

/**
 * The families and their fields, in order: rename, reorder by drag and drop (fields also across
 * families), or from the keyboard (menus, Alt+Arrow keys, announced). The selected field opens its settings.
 */
@Component({
  selector: 'fd-designer-board',
  imports: [
    DragDropModule,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    MatTooltipModule,
    TranslocoPipe,
    PluralPipe,
    ProblemText,
    FieldEditor,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './designer-board.html',
  styleUrl: './designer-board.scss',
})
export class DesignerBoard {
  private readonly announcer = inject(LiveAnnouncer);
  private readonly transloco = inject(TranslocoService);
  private readonly focus = injectFocusAfterRender();

  readonly definition = input.required<TemplateDefinition>();
  readonly selectedFieldId = input<string | null>(null);
  readonly problems = input<ProblemIndex>(noProblems);
  readonly readonly = input(false);

  readonly familyAdded = output<void>();
  readonly familyRenamed = output<{ familyId: string; label: string }>();
  readonly familyMoved = output<{ fromIndex: number; toIndex: number }>();
  readonly familyDeleteRequested = output<TemplateFamily>();
  readonly fieldAddRequested = output<{ familyId: string; type: FieldType }>();
  readonly fieldSelected = output<string | null>();
  readonly fieldChanged = output<TemplateField>();
  readonly fieldMoved = output<FieldMove>();
  readonly fieldDuplicateRequested = output<TemplateField>();
  readonly fieldDeleteRequested = output<TemplateField>();

  protected readonly fieldTypes = allFieldTypes;
  protected readonly typeIcons = fieldTypeIcons;
  protected readonly fieldListIds = computed(() => this.definition().families.map((f) => `fields-${f.id}`));
  private readonly familyMatchers = new Map<string, ErrorStateMatcher>();

  protected familyProblems(familyId: string): LocatedProblem[] {
    return this.problems().families[familyId] ?? [];
  }

  protected fieldProblems(fieldId: string): LocatedProblem[] {
    return this.problems().fields[fieldId] ?? [];
  }

  protected familyLabelError(familyId: string): ErrorStateMatcher {
    let matcher = this.familyMatchers.get(familyId);
    if (!matcher) {
      matcher = { isErrorState: () => this.familyProblems(familyId).some((p) => p.property === 'label') };
      this.familyMatchers.set(familyId, matcher);
    }
    return matcher;
  }

  protected toggle(field: TemplateField): void {
    this.fieldSelected.emit(this.selectedFieldId() === field.id ? null : field.id);
  }

  protected familyDropped(event: CdkDragDrop<TemplateFamily[]>): void {
    if (event.previousIndex !== event.currentIndex) {
      this.familyMoved.emit({ fromIndex: event.previousIndex, toIndex: event.currentIndex });
    }
  }

  protected fieldDropped(event: CdkDragDrop<string, string, string>): void {
    if (event.previousContainer === event.container && event.previousIndex === event.currentIndex) return;
    this.fieldMoved.emit({ fieldId: event.item.data, toFamilyId: event.container.data, toIndex: event.currentIndex });
  }

  protected moveFamily(index: number, step: -1 | 1): void {
    const families = this.definition().families;
    const target = index + step;
    if (target < 0 || target >= families.length) return;
    this.familyMoved.emit({ fromIndex: index, toIndex: target });
    this.announce('reportTemplates.designer.familyMovedTo', { family: families[index].label, position: target + 1 });
    this.refocus(`[data-family-label="${families[index].id}"]`);
  }

  /** Up and down cross family borders: past a family's first field is the end of the family above. */
  protected stepField(field: TemplateField, step: -1 | 1): void {
    const families = this.definition().families;
    const familyIndex = families.findIndex((f) => f.fields.some((x) => x.id === field.id));
    if (familyIndex < 0) return;
    const family = families[familyIndex];
    const index = family.fields.findIndex((x) => x.id === field.id);
    const next = index + step;
    if (next >= 0 && next < family.fields.length) {
      this.moveFieldTo(field, family, next);
      return;
    }
    const neighbour = families[familyIndex + step];
    if (neighbour) this.moveFieldTo(field, neighbour, step < 0 ? neighbour.fields.length : 0);
  }

  protected moveFieldTo(field: TemplateField, family: TemplateFamily, toIndex: number): void {
    this.fieldMoved.emit({ fieldId: field.id, toFamilyId: family.id, toIndex });
    this.announce('reportTemplates.designer.fieldMovedTo', { field: field.label, family: family.label, position: toIndex + 1 });
    this.refocus(`[data-field-summary="${field.id}"]`);
  }

  protected fieldKeydown(event: KeyboardEvent, field: TemplateField): void {
    if (this.readonly() || !event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    this.stepField(field, event.key === 'ArrowUp' ? -1 : 1);
  }

  protected familyKeydown(event: KeyboardEvent, index: number): void {
    if (this.readonly() || !event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    this.moveFamily(index, event.key === 'ArrowUp' ? -1 : 1);
  }

  protected isFirstField(field: TemplateField): boolean {
    const families = this.definition().families;
    return families[0]?.fields[0]?.id === field.id;
  }

  protected isLastField(field: TemplateField): boolean {
    const families = this.definition().families;
    const last = families[families.length - 1];
    return last?.fields[last.fields.length - 1]?.id === field.id;
  }

  protected otherFamilies(field: TemplateField): TemplateFamily[] {
    return this.definition().families.filter((f) => !f.fields.some((x) => x.id === field.id));
  }

  /** Focus the first empty box of a new family, so the name can be typed straight away. */
  focusFamilyLabel(familyId: string): void {
    this.refocus(`[data-family-label="${familyId}"]`, true);
  }

  focusFieldLabel(fieldId: string): void {
    this.refocus(`#field-${CSS.escape(fieldId)}-label`, true);
  }

  private announce(key: string, params: Record<string, unknown>): void {
    void this.announcer.announce(this.transloco.translate(key, params), 'assertive');
  }

  /** A moved or new element is rendered on the next pass: focus it there (new ones with their text selected). */
  private refocus(selector: string, select = false): void {
    this.focus(selector, (element) => {
      if (select && element instanceof HTMLInputElement) element.select();
    });
  }
}
