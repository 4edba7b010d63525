import { ChangeDetectionStrategy, Component, type Signal, computed, effect, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import type { CatalogFamily, CatalogItemDetail, CatalogItemInput, CatalogItemPatch, CatalogUnit } from '@contract';
import { catalogUnits } from '@contract/rules';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { ApiErrorInfo } from '../../../../shared/util/api-error';
import {
  type ItemForm,
  applyServerIssues,
  createItemForm,
  differingFields,
  fillItemForm,
  toItemInput,
  toItemPatch,
} from './item-form-model';
import { ItemFieldErrorPipe } from './item-field-error';

export interface ItemDialogView {
  isNew: boolean;
  item: CatalogItemDetail | null;
  loading: boolean;
  loadError: ApiErrorInfo | null;
  saving: boolean;
  saveError: ApiErrorInfo | null;
  currency: string;
}

export interface ItemDialogData {
  view: Signal<ItemDialogView>;
  families: Signal<readonly CatalogFamily[]>;
  readOnly: boolean;
  /** Preselected for a new item (the family the grid is filtered on). */
  familyId: string | null;
  /** The catalog's sentence for an API error (codes of the scope first). */
  describeError: (error: ApiErrorInfo) => { key: string; params: Record<string, unknown> };
  create: (input: CatalogItemInput) => void;
  update: (id: string, version: number, patch: CatalogItemPatch) => void;
  requestLatest: (id: string) => void;
}

const UNITS: readonly CatalogUnit[] = catalogUnits;
/** Server codes that belong to one field: shown at it rather than above the buttons. */
const FIELD_OF_CODE: Record<string, keyof ItemForm['controls']> = {
  reference_taken: 'reference',
  item_has_serial_units: 'isSerialized',
  item_has_stock: 'isStockTracked',
};

/** Create or edit one item (read-only for non-administrators); a stale version (412) keeps the edits. */
@Component({
  selector: 'fd-item-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSlideToggleModule,
    TranslocoPipe,
    ItemFieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './item-dialog.html',
  styleUrl: './item-dialog.scss',
})
export class ItemDialog {
  protected readonly data = inject<ItemDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject(MatDialogRef<ItemDialog>);
  private readonly transloco = inject(TranslocoService);

  protected readonly units = UNITS;
  protected readonly form = createItemForm();
  protected readonly view = this.data.view;
  protected readonly families = this.data.families;
  protected readonly readOnly = this.data.readOnly;

  /** The version the edits are based on: sent as If-Match. */
  private readonly base = signal<CatalogItemDetail | null>(null);
  /** After a 412 and a reload: the newest version, whose differences are listed. */
  protected readonly latest = signal<CatalogItemDetail | null>(null);
  protected readonly unmatched = signal<string[]>([]);
  private submitted = false;
  private awaitingLatest = false;

  private readonly kind = toSignal(this.form.controls.kind.valueChanges, { initialValue: this.form.controls.kind.value });
  protected readonly isService = computed(() => this.kind() === 'service');
  protected readonly holdings = computed(() => this.view().item);
  /** The switches only parts have, each with what the item already holds under it (serial units, stock). */
  protected readonly partSwitches = [
    { name: 'isSerialized', held: 'serialUnitCount', heldHint: 'catalog.item.serialUnitsHint' },
    { name: 'isStockTracked', held: 'stockQuantity', heldHint: 'catalog.item.stockHint' },
  ] as const;
  protected readonly conflict = computed(() => this.view().saveError?.status === 412 && !this.latest());
  protected readonly generalError = computed(() => {
    const error = this.view().saveError;
    if (!error || error.status === 412 || error.status === 400 || FIELD_OF_CODE[error.code]) return null;
    return this.data.describeError(error);
  });
  protected readonly loadError = computed(() => {
    const error = this.view().loadError;
    return error ? this.data.describeError(error) : null;
  });

  constructor() {
    if (this.readOnly) this.form.disable();
    if (this.data.familyId) this.form.controls.familyId.setValue(this.data.familyId);
    this.form.controls.taxRate.setValue('20');
    effect(() => {
      const item = this.view().item;
      if (item) untracked(() => this.itemArrived(item));
    });
    effect(() => {
      const { saving, saveError } = this.view();
      untracked(() => this.saveSettled(saving, saveError));
    });
    // Services carry neither serial numbers nor stock: the toggles follow the kind.
    this.form.controls.kind.valueChanges.subscribe((kind) => {
      const { isSerialized, isStockTracked } = this.form.controls;
      if (kind === 'service') {
        this.form.patchValue({ isSerialized: false, isStockTracked: false });
        isSerialized.disable({ emitEvent: false });
        isStockTracked.disable({ emitEvent: false });
      } else if (!this.readOnly) {
        isSerialized.enable({ emitEvent: false });
        isStockTracked.enable({ emitEvent: false });
      }
    });
  }

  private itemArrived(item: CatalogItemDetail): void {
    const base = this.base();
    if (this.awaitingLatest) {
      if (base && item.version <= base.version) return;
      this.awaitingLatest = false;
      this.latest.set(item);
      this.base.set(item);
    } else if (!base || (this.form.pristine && item.version !== base.version)) {
      fillItemForm(this.form, item, this.transloco.getActiveLang());
      this.base.set(item);
    }
  }

  private saveSettled(saving: boolean, error: ApiErrorInfo | null): void {
    if (!this.submitted || saving) return;
    this.submitted = false;
    if (!error) {
      this.dialogRef.close(true);
      return;
    }
    if (error.status === 400) this.unmatched.set(applyServerIssues(this.form, error.details));
    const field = FIELD_OF_CODE[error.code];
    if (field) {
      const control = this.form.controls[field];
      control.setErrors({ catalogKey: `catalog.errors.${error.code}` });
      control.markAsTouched();
    }
  }

  protected differences(): string[] {
    const latest = this.latest();
    return latest ? differingFields(this.form, latest) : [];
  }

  protected loadLatest(): void {
    const id = this.view().item?.id;
    if (!id) return;
    this.awaitingLatest = true;
    this.data.requestLatest(id);
  }

  protected useLatest(): void {
    const latest = this.latest();
    if (!latest) return;
    fillItemForm(this.form, latest, this.transloco.getActiveLang());
    this.latest.set(null);
  }

  protected submit(): void {
    if (this.readOnly) return;
    this.unmatched.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const base = this.base();
    this.submitted = true;
    if (this.view().isNew) {
      this.data.create(toItemInput(this.form));
    } else if (base) {
      this.latest.set(null);
      this.data.update(base.id, base.version, toItemPatch(this.form, base));
    }
  }
}
