import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { CustomerSummary } from '@contract';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { selectMay } from '../../../core/auth/may';
import { GridColumnChooser } from '../../../shared/ui/infinite-grid/grid-column-chooser';
import { InfiniteGrid } from '../../../shared/ui/infinite-grid/infinite-grid';
import { type ListChoiceChange, ListFilters, listChoice } from '../../../shared/ui/list-page/list-filters';
import { datasourcePerQuery } from '../../../shared/ui/list-page/list-datasource';
import { ListPage } from '../../../shared/ui/list-page/list-page';
import { ListStatus } from '../../../shared/ui/list-page/list-status';
import { ListProblem } from '../../../shared/ui/list-page/list-problem';
import { callError } from '../../../shared/util/call-state';
import {
  type CustomFieldFilter,
  CustomerColumnPrefs,
  CustomerListPageActions,
  type CustomerSort,
  CustomersDatasource,
  sameQuery,
  selectActiveFieldDefinitions,
  selectListView,
} from '../data-access';
import { CustomerFieldFilterControl } from '../ui/customer-field-filter/customer-field-filter';
import { customerGrid } from '../ui/customer-grid/customer-grid.columns';

@Component({
  selector: 'fd-customer-list-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    RouterLink,
    TranslocoPipe,
    ListPage,
    ListStatus,
    ListProblem,
    InfiniteGrid,
    ListFilters,
    GridColumnChooser,
    CustomerFieldFilterControl,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './customer-list-page.html',
  styleUrl: './customer-list-page.scss',
})
export class CustomerListPage {
  private readonly store = inject(Store);
  private readonly datasources = inject(CustomersDatasource);
  private readonly prefs = inject(CustomerColumnPrefs);
  private readonly lang = inject(TranslocoService).activeLang;

  /** Active customer custom fields: the optional columns and the filterable fields. */
  protected readonly customFields = this.store.selectSignal(selectActiveFieldDefinitions);
  /** Optional columns are hidden until the user picks them (remembered per user). */
  protected readonly shownKeys = signal<string[]>(this.prefs.read());
  /** The custom fields as columns to choose, named in the active language. */
  protected readonly choosableColumns = computed(() => {
    const french = this.lang() === 'fr';
    return this.customFields().map((d) => ({ id: d.key, label: french ? d.labelFr : d.labelEn }));
  });
  protected readonly grid = computed(() => {
    const shown = this.shownKeys();
    return customerGrid(this.customFields().filter((d) => shown.includes(d.key)));
  });

  protected readonly view = this.store.selectSignal(selectListView);
  protected readonly canCreate = this.store.selectSignal(selectMay('customers', 'write'));
  protected readonly error = computed(() => callError(this.view().callState));
  private readonly attempt = signal(0);
  // Only a different query (not a new total or call state) may restart the grid.
  private readonly query = computed(() => this.view().query, { equal: sameQuery });
  /** The API sorts by name or last update: one menu beside the search box. */
  protected readonly sortChoices = computed(() => [
    listChoice('sort', 'customers.list.sortBy', this.query()?.sort ?? 'name', {
      name: 'customers.list.sortName',
      updatedAt: 'customers.list.sortUpdated',
    }),
  ]);

  protected readonly datasource = datasourcePerQuery(this.query, (query) => this.datasources.create(query), this.attempt);

  constructor() {
    this.store.dispatch(CustomerListPageActions.opened());
  }

  protected columnsChanged(keys: string[]): void {
    this.shownKeys.set(keys);
    this.prefs.write(keys);
  }

  protected filterChanged(cf: CustomFieldFilter | null): void {
    this.store.dispatch(CustomerListPageActions.customFieldFilterChanged({ cf }));
  }

  protected searchChanged(q: string): void {
    this.store.dispatch(CustomerListPageActions.searchChanged({ q }));
  }

  protected sortChosen({ value }: ListChoiceChange): void {
    this.store.dispatch(CustomerListPageActions.sortChanged({ sort: value as CustomerSort }));
  }

  protected opened(customer: CustomerSummary): void {
    this.store.dispatch(CustomerListPageActions.customerOpened({ id: customer.id }));
  }

  protected retry(): void {
    this.store.dispatch(CustomerListPageActions.retried());
    this.attempt.update((n) => n + 1);
  }
}
