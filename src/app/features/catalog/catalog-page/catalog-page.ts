import { ChangeDetectionStrategy, Component, Injector, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { CatalogFamily, CatalogItem } from '@contract';
import { MAX_IMPORT_BYTES } from '@contract/rules';
import { TranslocoDirective, TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { ConfirmDialog, type ConfirmDialogData } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { InfiniteGrid } from '../../../shared/ui/infinite-grid/infinite-grid';
import { type ListChoiceChange, ListFilters } from '../../../shared/ui/list-page/list-filters';
import { datasourcePerQuery } from '../../../shared/ui/list-page/list-datasource';
import { ListPage } from '../../../shared/ui/list-page/list-page';
import { ListProblem } from '../../../shared/ui/list-page/list-problem';
import { ListStatus } from '../../../shared/ui/list-page/list-status';
import { callError } from '../../../shared/util/call-state';
import {
  CatalogDatasource,
  CatalogPageActions,
  catalogErrorMessage,
  defaultCatalogQuery,
  exportUrl,
  sameQuery,
  selectCanEditCatalog,
  selectEditorView,
  selectFamilies,
  selectFamiliesView,
  selectImport,
  selectListView,
} from '../data-access';
import { type FamilyMove, FamilyPanel, type FamilyRename } from '../ui/family-panel/family-panel';
import { ImportDialog, type ImportDialogData } from '../ui/import-dialog/import-dialog';
import { ItemDialog, type ItemDialogData } from '../ui/item-dialog/item-dialog';
import { type ItemFilterValues, itemFilterChange, itemFilterChoices } from '../ui/item-filters/item-filter-choices';
import { itemGrid } from '../ui/item-grid/item-grid.columns';


/** `/catalog`: families on the side, the items grid (query in the URL), item dialog, CSV export and import. */
@Component({
  selector: 'fd-catalog-page',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, TranslocoDirective, TranslocoPipe, ListPage, ListProblem, ListStatus, FamilyPanel, ListFilters, InfiniteGrid],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './catalog-page.html',
  styleUrl: './catalog-page.scss',
})
export class CatalogPage {
  private readonly store = inject(Store);
  private readonly datasources = inject(CatalogDatasource);
  private readonly dialog = inject(MatDialog);
  // Dialogs are created under this page's injector, where the `catalog` translation scope is provided.
  private readonly injector = inject(Injector);

  protected readonly view = this.store.selectSignal(selectListView);
  protected readonly familiesView = this.store.selectSignal(selectFamiliesView);
  protected readonly canEdit = this.store.selectSignal(selectCanEditCatalog);
  private readonly families = this.store.selectSignal(selectFamilies);
  private readonly editor = this.store.selectSignal(selectEditorView);
  private readonly importState = this.store.selectSignal(selectImport);
  protected readonly itemGrid = itemGrid;

  protected readonly error = computed(() => callError(this.view().callState));
  protected readonly familiesError = computed(() => callError(this.familiesView().callState));
  private readonly query = computed(() => this.view().query, { equal: sameQuery });
  private readonly revision = computed(() => this.view().revision);
  protected readonly filterValues = computed((): ItemFilterValues => {
    const { q, kind, active, sort } = this.query() ?? defaultCatalogQuery;
    return { q, kind, active, sort };
  });
  protected readonly filterChoices = computed(() => itemFilterChoices(this.filterValues()));
  protected readonly filtered = computed(() => {
    const query = this.query();
    return !!query && (!!query.q || query.familyId !== null || query.kind !== null || query.active !== null);
  });
  protected readonly exportHref = computed(() => exportUrl(this.query() ?? defaultCatalogQuery));
  /** The file being imported: kept here (not in the store) until the import is confirmed. */
  private readonly importText = signal<string | null>(null);

  /** After each write too: the grid shows what was written. */
  protected readonly datasource = datasourcePerQuery(this.query, (query) => this.datasources.create(query), this.revision);

  constructor() {
    this.store.dispatch(CatalogPageActions.opened());
  }

  protected filtersChanged(changes: Partial<ItemFilterValues>): void {
    this.store.dispatch(CatalogPageActions.queryChanged({ changes }));
  }

  protected filterChosen(choice: ListChoiceChange): void {
    this.filtersChanged(itemFilterChange(choice));
  }

  protected familySelected(familyId: string | null): void {
    this.store.dispatch(CatalogPageActions.queryChanged({ changes: { familyId } }));
  }

  protected familyAdded(name: string): void {
    this.store.dispatch(CatalogPageActions.familyAdded({ name }));
  }

  protected familyRenamed(rename: FamilyRename): void {
    this.store.dispatch(CatalogPageActions.familyRenamed(rename));
  }

  protected familyMoved(move: FamilyMove): void {
    this.store.dispatch(CatalogPageActions.familyMoved(move));
  }

  protected familyDeleteRequested(family: CatalogFamily): void {
    const data: ConfirmDialogData = {
      titleKey: 'catalog.families.deleteTitle',
      messageKey: 'catalog.families.deleteMessage',
      confirmKey: 'catalog.families.delete',
      cancelKey: 'common.cancel',
      params: { name: family.name },
    };
    this.dialog
      .open(ConfirmDialog, { data, injector: this.injector })
      .afterClosed()
      .subscribe((confirmed) => {
        if (!confirmed) return;
        this.store.dispatch(CatalogPageActions.familyDeleteConfirmed({ id: family.id, version: family.version }));
        if (this.query()?.familyId === family.id) this.familySelected(null);
      });
  }

  protected retryList(): void {
    this.store.dispatch(CatalogPageActions.listRetried());
  }

  protected retryFamilies(): void {
    this.store.dispatch(CatalogPageActions.familiesRetried());
  }

  protected newItem(): void {
    this.store.dispatch(CatalogPageActions.newItemStarted());
    this.openItemDialog();
  }

  protected itemOpened(item: CatalogItem): void {
    this.store.dispatch(CatalogPageActions.itemOpened({ id: item.id }));
    this.openItemDialog();
  }

  private openItemDialog(): void {
    const data: ItemDialogData = {
      view: this.editor,
      families: this.families,
      readOnly: !this.canEdit(),
      familyId: this.query()?.familyId ?? null,
      describeError: catalogErrorMessage,
      create: (input) => this.store.dispatch(CatalogPageActions.itemCreateSubmitted({ input })),
      update: (id, version, patch) => this.store.dispatch(CatalogPageActions.itemUpdateSubmitted({ id, version, patch })),
      requestLatest: (id) => this.store.dispatch(CatalogPageActions.latestItemRequested({ id })),
    };
    this.dialog.open(ItemDialog, { data, injector: this.injector, width: '680px', maxWidth: '95vw', autoFocus: 'first-tabbable' });
  }

  protected openImport(): void {
    this.importText.set(null);
    this.store.dispatch(CatalogPageActions.importStarted());
    const data: ImportDialogData = {
      view: this.importState,
      maxBytes: MAX_IMPORT_BYTES,
      describeError: catalogErrorMessage,
      chooseFile: (fileName, csv) => {
        this.importText.set(csv);
        this.store.dispatch(CatalogPageActions.importFileChosen({ fileName, csv }));
      },
      refuseFile: (fileName, error) => this.store.dispatch(CatalogPageActions.importFileRefused({ fileName, error })),
      confirm: () => {
        const csv = this.importText();
        if (csv !== null) this.store.dispatch(CatalogPageActions.importConfirmed({ csv }));
      },
    };
    this.dialog
      .open(ImportDialog, { data, injector: this.injector, width: '760px', maxWidth: '95vw', disableClose: false })
      .afterClosed()
      .subscribe(() => this.importText.set(null));
  }
}
