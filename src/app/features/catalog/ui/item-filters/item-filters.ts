import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { CatalogItemKind, CatalogItemSort } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';

export interface ItemFilterValues {
  q: string;
  kind: CatalogItemKind | null;
  active: boolean | null;
  sort: CatalogItemSort;
}

export const SEARCH_DEBOUNCE_MS = 300;

/** Search box (debounced), kind, active and sort; shows the values it is given, reports what the user changes. */
@Component({
  selector: 'fd-item-filters',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="bar" role="search">
      <mat-form-field appearance="outline" class="search" subscriptSizing="dynamic">
        <mat-label>{{ 'catalog.filters.search' | transloco }}</mat-label>
        <mat-icon matPrefix aria-hidden="true">search</mat-icon>
        <input matInput type="search" [formControl]="text" autocomplete="off" maxlength="100" />
        @if (text.value) {
          <button matSuffix mat-icon-button type="button" (click)="clear()" [attr.aria-label]="'catalog.filters.clearSearch' | transloco">
            <mat-icon aria-hidden="true">close</mat-icon>
          </button>
        }
      </mat-form-field>
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

  protected readonly text = new FormControl('', { nonNullable: true });
  private lastSent = '';

  constructor() {
    // Follow the query from outside (Back/Forward) without overwriting what is being typed.
    effect(() => {
      const q = this.values().q;
      if (q !== this.lastSent) {
        this.lastSent = q;
        this.text.setValue(q, { emitEvent: false });
      }
    });
    this.text.valueChanges
      .pipe(
        map((value) => value.trim()),
        debounceTime(SEARCH_DEBOUNCE_MS),
        distinctUntilChanged(),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((q) => {
        if (q === this.lastSent) return;
        this.lastSent = q;
        this.changed.emit({ q });
      });
  }

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

  protected clear(): void {
    this.text.setValue('');
  }
}
