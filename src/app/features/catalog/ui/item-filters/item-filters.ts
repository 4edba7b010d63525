import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import type { CatalogItemKind, CatalogItemSort } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { SearchField } from '../../../../shared/ui/search-field/search-field';

export interface ItemFilterValues {
  q: string;
  kind: CatalogItemKind | null;
  active: boolean | null;
  sort: CatalogItemSort;
}

/** Search box (debounced), kind, active and sort; shows the values it is given, reports what the user changes. */
@Component({
  selector: 'fd-item-filters',
  imports: [MatFormFieldModule, MatSelectModule, SearchField, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="bar" role="search">
      <fd-search-field
        class="search"
        [label]="'catalog.filters.search' | transloco"
        [clearLabel]="'catalog.filters.clearSearch' | transloco"
        [query]="values().q"
        (searched)="changed.emit({ q: $event })"
      />
      <mat-form-field appearance="outline" class="choice" subscriptSizing="dynamic">
        <mat-label>{{ 'catalog.filters.kind' | transloco }}</mat-label>
        <mat-select [value]="values().kind ?? 'all'" (selectionChange)="kindChanged($event.value)">
          <mat-option value="all">{{ 'catalog.filters.allKinds' | transloco }}</mat-option>
          <mat-option value="part">{{ 'catalog.kinds.part' | transloco }}</mat-option>
          <mat-option value="service">{{ 'catalog.kinds.service' | transloco }}</mat-option>
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" class="choice" subscriptSizing="dynamic">
        <mat-label>{{ 'catalog.filters.active' | transloco }}</mat-label>
        <mat-select [value]="activeValue()" (selectionChange)="activeChanged($event.value)">
          <mat-option value="all">{{ 'catalog.filters.activeAll' | transloco }}</mat-option>
          <mat-option value="active">{{ 'catalog.filters.activeOnly' | transloco }}</mat-option>
          <mat-option value="inactive">{{ 'catalog.filters.inactiveOnly' | transloco }}</mat-option>
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" class="choice" subscriptSizing="dynamic">
        <mat-label>{{ 'catalog.filters.sortBy' | transloco }}</mat-label>
        <mat-select [value]="values().sort" (selectionChange)="changed.emit({ sort: $event.value })">
          <mat-option value="name">{{ 'catalog.filters.sortName' | transloco }}</mat-option>
          <mat-option value="reference">{{ 'catalog.filters.sortReference' | transloco }}</mat-option>
        </mat-select>
      </mat-form-field>
    </div>
  `,
  styles: `
    .bar {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
    }
    .search {
      flex: 1 1 280px;
    }
    .choice {
      flex: 0 0 170px;
    }
  `,
})
export class ItemFilters {
  readonly values = input<ItemFilterValues>({ q: '', kind: null, active: null, sort: 'name' });
  readonly changed = output<Partial<ItemFilterValues>>();

  /** mat-select shows nothing for a null value: "all" stands for "no filter". */
  protected readonly activeValue = computed(() => {
    const active = this.values().active;
    return active === null ? 'all' : active ? 'active' : 'inactive';
  });

  protected kindChanged(value: 'all' | CatalogItemKind): void {
    this.changed.emit({ kind: value === 'all' ? null : value });
  }

  protected activeChanged(value: 'all' | 'active' | 'inactive'): void {
    this.changed.emit({ active: value === 'all' ? null : value === 'active' });
  }
}
