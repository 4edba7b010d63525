import { LiveAnnouncer } from '@angular/cdk/a11y';
import { CdkDrag, type CdkDragDrop, CdkDragHandle, CdkDropList } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, type FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import type { CatalogFamily } from '@contract';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { FieldErrorPipe } from '../../../../shared/ui/field-error-pipe';
import { PluralPipe } from '../../../../shared/ui/plural-pipe';
import { requiredText, safeText } from '../../../../shared/util/text-validators';

export interface FamilyRename {
  id: string;
  version: number;
  name: string;
}

export interface FamilyMove {
  id: string;
  version: number;
  /** 0-based place in the list. */
  position: number;
}

const nameControl = () =>
  new FormControl('', { nonNullable: true, validators: [requiredText, Validators.maxLength(120), safeText] });

/**
 * The families side panel: pick one to filter the grid; administrators add, rename, delete and
 * reorder (drag and drop, or "Move up/down" in each family's menu for the keyboard).
 */
@Component({
  selector: 'fd-family-panel',
  imports: [
    CdkDrag,
    CdkDragHandle,
    CdkDropList,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    TranslocoPipe,
    FieldErrorPipe,
    PluralPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './family-panel.html',
  styleUrl: './family-panel.scss',
})
export class FamilyPanel {
  readonly families = input<readonly CatalogFamily[]>([]);
  readonly selectedId = input<string | null>(null);
  readonly itemTotal = input(0);
  readonly canEdit = input(false);
  readonly saving = input(false);

  readonly selected = output<string | null>();
  readonly added = output<string>();
  readonly renamed = output<FamilyRename>();
  readonly moved = output<FamilyMove>();
  readonly deleteRequested = output<CatalogFamily>();

  private readonly announcer = inject(LiveAnnouncer);
  private readonly transloco = inject(TranslocoService);

  protected readonly addForm = new FormGroup({ name: nameControl() });
  protected readonly renameForm = new FormGroup({ name: nameControl() });
  protected readonly newName = this.addForm.controls.name;
  protected readonly renameText = this.renameForm.controls.name;
  protected readonly renamingId = signal<string | null>(null);

  protected add(form: FormGroupDirective): void {
    if (this.newName.invalid) {
      this.newName.markAsTouched();
      return;
    }
    this.added.emit(this.newName.value.trim());
    // resetForm, not reset: a submitted form would show the emptied field as an error.
    form.resetForm({ name: '' });
  }

  protected startRename(family: CatalogFamily): void {
    this.renameText.setValue(family.name);
    this.renamingId.set(family.id);
  }

  protected cancelRename(): void {
    this.renamingId.set(null);
  }

  protected submitRename(family: CatalogFamily): void {
    if (this.renameText.invalid) {
      this.renameText.markAsTouched();
      return;
    }
    const name = this.renameText.value.trim();
    if (name !== family.name) this.renamed.emit({ id: family.id, version: family.version, name });
    this.renamingId.set(null);
  }

  protected dropped(event: CdkDragDrop<readonly CatalogFamily[]>): void {
    if (event.previousIndex === event.currentIndex) return;
    const family = this.families()[event.previousIndex];
    if (family) this.move(family, event.currentIndex);
  }

  protected move(family: CatalogFamily, position: number): void {
    this.moved.emit({ id: family.id, version: family.version, position });
    const message = this.transloco.translate('catalog.families.movedTo', { name: family.name, position: position + 1 });
    void this.announcer.announce(message);
  }
}
