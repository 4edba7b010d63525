import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import type { ErrorStateMatcher } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import type { FieldType, SaveReportTemplate, TemplateFamily, TemplateField } from '@contract';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { type Observable, map } from 'rxjs';
import type { HasUnsavedChanges } from '../../../core/forms/unsaved-changes.guard';
import { ApiErrorMessage } from '../../../shared/ui/api-error-message';
import { ConfirmDialog, type ConfirmDialogData } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { PluralPipe } from '../../../shared/ui/plural-pipe';
import { RelativeTimePipe } from '../../../shared/ui/relative-time-pipe';
import { pluralKey } from '../../../shared/util/plural';
import { hasInvalidCharacters } from '../../../shared/util/text-validators';
import { callError } from '../../../shared/util/call-state';
import {
  TemplateDesignerActions,
  TemplateDesignerPageActions,
  dependentFields,
  newFamily,
  newField,
  selectBaseVersion,
  selectCanEditTemplates,
  selectComparisonView,
  selectConflictView,
  selectDescription,
  selectDesignerLoad,
  selectDraft,
  selectIsDirty,
  selectName,
  selectProblems,
  selectPublishCallState,
  selectPublishProblems,
  selectRevision,
  selectSaveCallState,
  selectSelectedFieldId,
  selectTemplate,
  selectVersionLoad,
} from '../data-access';
import { DesignerBoard, type FieldMove } from '../ui/designer-board/designer-board';
import { ReportPreview } from '../ui/report-preview/report-preview';
import { TemplateDiff } from '../ui/template-diff/template-diff';
import { ProblemText } from '../ui/problem-text';
import { type ProblemIndex, indexProblems } from '../ui/template-problems';
import { StatusChip } from '../../../shared/ui/status-chip/status-chip';
import { templateStatusScheme } from '../ui/template-status';
import { type VersionRef, VersionsPanel } from '../ui/versions-panel/versions-panel';
import { dispatchOnChange } from '../../../shared/util/dispatch-on-change';
import { injectFocusAfterRender } from '../../../shared/util/focus-after-render';

/** `/report-templates/:id`: the designer (administrators) or the same page read-only (others). */
@Component({
  selector: 'fd-template-designer-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatTabsModule,
    RouterLink,
    TranslocoPipe,
    ApiErrorMessage,
    PluralPipe,
    RelativeTimePipe,
    DesignerBoard,
    ProblemText,
    ReportPreview,
    TemplateDiff,
    StatusChip,
    VersionsPanel,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './template-designer-page.html',
  styleUrl: './template-designer-page.scss',
})
export class TemplateDesignerPage implements HasUnsavedChanges {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);
  protected readonly templateStatuses = templateStatusScheme;
  private readonly focus = injectFocusAfterRender();
  private readonly board = viewChild(DesignerBoard);

  /** From the route (`/report-templates/:id`). */
  readonly id = input.required<string>();

  protected readonly template = this.store.selectSignal(selectTemplate);
  protected readonly name = this.store.selectSignal(selectName);
  protected readonly description = this.store.selectSignal(selectDescription);
  protected readonly draft = this.store.selectSignal(selectDraft);
  protected readonly selectedFieldId = this.store.selectSignal(selectSelectedFieldId);
  protected readonly dirty = this.store.selectSignal(selectIsDirty);
  protected readonly conflict = this.store.selectSignal(selectConflictView);
  protected readonly comparison = this.store.selectSignal(selectComparisonView);
  protected readonly versionLoad = this.store.selectSignal(selectVersionLoad);
  private readonly baseVersion = this.store.selectSignal(selectBaseVersion);
  private readonly revision = this.store.selectSignal(selectRevision);
  private readonly loadState = this.store.selectSignal(selectDesignerLoad);
  private readonly saveState = this.store.selectSignal(selectSaveCallState);
  private readonly publishState = this.store.selectSignal(selectPublishCallState);
  private readonly problems = this.store.selectSignal(selectProblems);
  private readonly publishProblems = this.store.selectSignal(selectPublishProblems);
  private readonly isAdmin = this.store.selectSignal(selectCanEditTemplates);

  protected readonly loading = computed(() => this.loadState() === 'loading' && !this.template());
  protected readonly loadError = computed(() => callError(this.loadState()));
  protected readonly archived = computed(() => this.template()?.status === 'archived');
  protected readonly canEdit = computed(() => this.isAdmin() && !this.archived());
  protected readonly saving = computed(() => this.saveState() === 'loading');
  protected readonly publishing = computed(() => this.publishState() === 'loading');
  protected readonly busy = computed(() => this.saving() || this.publishing());
  protected readonly writeError = computed(() => {
    const error = callError(this.saveState()) ?? callError(this.publishState());
    return error && error.status !== 412 && error.status !== 400 ? error : null;
  });
  protected readonly refusedByServer = computed(() => {
    const error = callError(this.saveState()) ?? callError(this.publishState());
    return error?.status === 400;
  });

  protected readonly nameProblem = computed(() => {
    const name = this.name().trim();
    if (name === '') return 'validation.required';
    if (hasInvalidCharacters(name)) return 'validation.invalidCharacters';
    return this.problems().some((p) => p.path[0] === 'name') ? 'validation.invalid' : null;
  });
  protected readonly nameError: ErrorStateMatcher = { isErrorState: () => this.nameProblem() !== null };
  protected readonly problemIndex = computed<ProblemIndex>(() =>
    indexProblems(
      this.draft(),
      this.problems().filter((p) => p.path[0] !== 'name'),
    ),
  );
  /** Shown after a Save or Publish was refused on the console side (problems listed at the fields). */
  protected readonly blockedBy = signal<'save' | 'publish' | null>(null);
  protected readonly publishBlockers = computed(() => indexProblems(this.draft(), this.publishProblems()));
  protected readonly nextVersion = computed(() => (this.template()?.currentVersion ?? 0) + 1);
  /** Something differs from the latest version: unsaved edits, a saved draft, or no version yet. */
  protected readonly hasSomethingToPublish = computed(() => {
    const template = this.template();
    return this.dirty() || !template || template.currentVersion === null || template.hasUnpublishedChanges;
  });

  constructor() {
    dispatchOnChange(this.id, (id) => TemplateDesignerPageActions.opened({ id }));
    // A problem fixed clears the "cannot save" notice once none is left.
    effect(() => {
      const blocked = this.blockedBy();
      const left = blocked === 'publish' ? this.publishBlockers().count : this.problemIndex().count + (this.nameProblem() ? 1 : 0);
      if (blocked && left === 0) untracked(() => this.blockedBy.set(null));
    });
  }

  hasUnsavedChanges(): boolean {
    return this.dirty();
  }

  protected retry(): void {
    this.store.dispatch(TemplateDesignerPageActions.retried({ id: this.id() }));
  }

  protected nameChanged(name: string): void {
    this.store.dispatch(TemplateDesignerActions.nameChanged({ name }));
  }

  protected descriptionChanged(description: string): void {
    this.store.dispatch(TemplateDesignerActions.descriptionChanged({ description }));
  }

  protected addFamily(): void {
    const id = crypto.randomUUID();
    const label = this.transloco.translate('reportTemplates.designer.newFamily', { n: this.draft().families.length + 1 });
    this.store.dispatch(TemplateDesignerActions.familyAdded({ family: newFamily(id, label) }));
    this.board()?.focusFamilyLabel(id);
  }

  protected renameFamily({ familyId, label }: { familyId: string; label: string }): void {
    this.store.dispatch(TemplateDesignerActions.familyRenamed({ familyId, label }));
  }

  protected moveFamily({ fromIndex, toIndex }: { fromIndex: number; toIndex: number }): void {
    this.store.dispatch(TemplateDesignerActions.familyMoved({ fromIndex, toIndex }));
  }

  protected deleteFamily(family: TemplateFamily): void {
    const familyId = family.id;
    if (family.fields.length === 0) {
      this.store.dispatch(TemplateDesignerActions.familyDeleted({ familyId }));
      return;
    }
    const dependents = dependentFields(this.draft(), new Set(family.fields.map((f) => f.id))).length;
    this.confirm({
      titleKey: 'reportTemplates.designer.deleteFamilyTitle',
      messageKey: this.plural(dependents ? 'reportTemplates.designer.deleteFamilyDependents' : 'reportTemplates.designer.deleteFamilyMessage', family.fields.length),
      confirmKey: 'reportTemplates.designer.delete',
      cancelKey: 'common.cancel',
      params: { label: family.label, count: family.fields.length, dependents },
    }).subscribe((yes) => {
      if (yes) this.store.dispatch(TemplateDesignerActions.familyDeleted({ familyId }));
    });
  }

  protected addField({ familyId, type }: { familyId: string; type: FieldType }): void {
    const id = crypto.randomUUID();
    const label = this.transloco.translate(`reportTemplates.types.${type}`);
    const options = [1, 2].map((n) => this.transloco.translate('reportTemplates.field.option', { n }));
    this.store.dispatch(TemplateDesignerActions.fieldAdded({ familyId, field: newField(id, type, label, options) }));
    this.board()?.focusFieldLabel(id);
  }

  protected selectField(fieldId: string | null): void {
    this.store.dispatch(TemplateDesignerActions.fieldSelected({ fieldId }));
  }

  protected changeField(field: TemplateField): void {
    this.store.dispatch(TemplateDesignerActions.fieldChanged({ field }));
  }

  protected moveField(move: FieldMove): void {
    this.store.dispatch(TemplateDesignerActions.fieldMoved(move));
  }

  protected duplicateField(field: TemplateField): void {
    const label = this.transloco.translate('reportTemplates.designer.copyOf', { label: field.label });
    const newId = crypto.randomUUID();
    this.store.dispatch(TemplateDesignerActions.fieldDuplicated({ fieldId: field.id, newId, label }));
    this.board()?.focusFieldLabel(newId);
  }

  protected deleteField(field: TemplateField): void {
    const dependents = dependentFields(this.draft(), new Set([field.id]));
    if (dependents.length === 0) {
      this.store.dispatch(TemplateDesignerActions.fieldDeleted({ fieldId: field.id }));
      return;
    }
    this.confirm({
      titleKey: 'reportTemplates.designer.deleteFieldTitle',
      messageKey: this.plural('reportTemplates.designer.deleteFieldDependents', dependents.length),
      confirmKey: 'reportTemplates.designer.delete',
      cancelKey: 'common.cancel',
      params: { label: field.label, count: dependents.length, fields: dependents.map((f) => `“${f.label}”`).join(', ') },
    }).subscribe((yes) => {
      if (yes) this.store.dispatch(TemplateDesignerActions.fieldDeleted({ fieldId: field.id }));
    });
  }

  private input(): SaveReportTemplate {
    const description = this.description().trim();
    return { name: this.name().trim(), description: description || null, draft: this.draft() };
  }

  /**
   * The version a save or a publish starts from, or null when there is none yet or when problems
   * block it (then they are shown, the first one focused).
   */
  private versionToWrite(action: 'save' | 'publish'): number | null {
    const version = this.baseVersion();
    if (version === null) return null;
    const blockers = action === 'publish' ? this.publishBlockers() : this.problemIndex();
    if (blockers.count > 0 || this.nameProblem()) {
      this.blockedBy.set(action);
      this.showFirstProblem();
      return null;
    }
    this.blockedBy.set(null);
    return version;
  }

  protected save(): void {
    const version = this.versionToWrite('save');
    if (version === null) return;
    this.store.dispatch(
      TemplateDesignerPageActions.saveSubmitted({ id: this.id(), version, input: this.input(), revision: this.revision() }),
    );
  }

  protected publish(): void {
    const version = this.versionToWrite('publish');
    if (version === null) return;
    const dirty = this.dirty();
    this.confirm({
      titleKey: 'reportTemplates.designer.publishTitle',
      messageKey: dirty ? 'reportTemplates.designer.publishMessageUnsaved' : 'reportTemplates.designer.publishMessage',
      confirmKey: 'reportTemplates.designer.publish',
      cancelKey: 'common.cancel',
      params: { version: this.nextVersion() },
    }).subscribe((yes) => {
      if (!yes) return;
      const input = dirty ? this.input() : null;
      this.store.dispatch(
        TemplateDesignerPageActions.publishConfirmed({ id: this.id(), version, input, revision: this.revision() }),
      );
    });
  }

  protected loadLatest(): void {
    this.store.dispatch(TemplateDesignerPageActions.latestVersionRequested({ id: this.id() }));
  }

  protected keepMine(): void {
    this.store.dispatch(TemplateDesignerPageActions.ownEditsKept());
  }

  protected useTheirs(): void {
    this.store.dispatch(TemplateDesignerPageActions.latestVersionUsed());
  }

  protected compareVersions({ from, to }: { from: number; to: VersionRef }): void {
    this.store.dispatch(TemplateDesignerPageActions.versionsCompared({ id: this.id(), from, to }));
  }

  /** Opens the first field with a problem and puts the keyboard there. */
  protected showFirstProblem(): void {
    if (this.nameProblem()) {
      this.focus('#template-name');
      return;
    }
    const index = this.blockedBy() === 'publish' ? this.publishBlockers() : this.problemIndex();
    const fieldId = this.draft()
      .families.flatMap((family) => family.fields)
      .find((field) => index.fields[field.id])?.id;
    if (fieldId) {
      this.selectField(fieldId);
      this.focus(`#field-${CSS.escape(fieldId)}-label`);
      return;
    }
    const familyId = this.draft().families.find((family) => index.families[family.id])?.id;
    if (familyId) this.focus(`[data-family-label="${familyId}"]`);
  }

  private plural(key: string, count: number): string {
    return pluralKey(key, count, this.transloco.getActiveLang());
  }

  private confirm(data: ConfirmDialogData): Observable<boolean> {
    return this.dialog
      .open(ConfirmDialog, { data, role: 'alertdialog' })
      .afterClosed()
      .pipe(map((answer) => answer === true));
  }
}
