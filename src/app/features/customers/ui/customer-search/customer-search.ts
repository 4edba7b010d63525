import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CustomerListQuery } from '@contract';
import { SearchField } from '../../../../shared/ui/search-field/search-field';

type CustomerSort = NonNullable<CustomerListQuery['sort']>;

/** Search box (debounced) and sort menu; shows the query it is given, reports what the user changes. */
@Component({
  selector: 'fd-customer-search',
  imports: [MatFormFieldModule, MatSelectModule, SearchField, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="bar" role="search">
      <fd-search-field
        class="search"
        [label]="'customers.list.search' | transloco"
        [clearLabel]="'customers.list.clearSearch' | transloco"
        [query]="q()"
        (searched)="searchChanged.emit($event)"
      />
      <mat-form-field appearance="outline" class="sort" subscriptSizing="dynamic">
        <mat-label>{{ 'customers.list.sortBy' | transloco }}</mat-label>
        <mat-select [value]="sort()" (selectionChange)="sortChanged.emit($event.value)">
          <!-- Explicit trigger: the options' labels arrive with the translations, after the value. -->
          <mat-select-trigger>{{ (sort() === 'updatedAt' ? 'customers.list.sortUpdated' : 'customers.list.sortName') | transloco }}</mat-select-trigger>
          <mat-option value="name">{{ 'customers.list.sortName' | transloco }}</mat-option>
          <mat-option value="updatedAt">{{ 'customers.list.sortUpdated' | transloco }}</mat-option>
        </mat-select>
      </mat-form-field>
    </div>
  `,
  styles: `
    .bar {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
    }
    .search {
      flex: 1 1 320px;
    }
    .sort {
      flex: 0 0 200px;
    }
  `,
})
export class CustomerSearch {
  readonly q = input('');
  readonly sort = input<CustomerSort>('name');
  readonly searchChanged = output<string>();
  readonly sortChanged = output<CustomerSort>();
}
