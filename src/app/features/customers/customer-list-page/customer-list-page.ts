import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { CustomerSummary } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { selectMay } from '../../../core/auth/may';
import { InfiniteGrid } from '../../../shared/ui/infinite-grid/infinite-grid';
import { ListPage } from '../../../shared/ui/list-page/list-page';
import { ListProblem } from '../../../shared/ui/list-page/list-problem';
import { LocalNumberPipe } from '../../../shared/ui/local-number-pipe';
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
import { CustomerColumnChooser } from '../ui/customer-column-chooser/customer-column-chooser';
import { CustomerFieldFilterControl } from '../ui/customer-field-filter/customer-field-filter';
import { customerGrid } from '../ui/customer-grid/customer-grid.columns';
import { CustomerSearch } from '../ui/customer-search/customer-search';

@Component({
  selector: 'fd-customer-list-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    ListPage,
    ListProblem,
    LocalNumberPipe,
    InfiniteGrid,
    CustomerSearch,
    CustomerColumnChooser,
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

  /** Active customer custom fields: the optional columns and the filterable fields. */
  protected readonly customFields = this.store.selectSignal(selectActiveFieldDefinitions);
  /** Optional columns are hidden until the user picks them (remembered per user). */
  protected readonly shownKeys = signal<string[]>(this.prefs.read());
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

  /** A new datasource per query (and per retry): the grid starts again from the first block. */
  protected readonly datasource = computed(() => {
    this.attempt();
    const query = this.query();
    if (!query) return null;
    return this.datasources.create(query);
  });

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

  protected sortChanged(sort: CustomerSort): void {
    this.store.dispatch(CustomerListPageActions.sortChanged({ sort }));
  }

  protected opened(customer: CustomerSummary): void {
    this.store.dispatch(CustomerListPageActions.customerOpened({ id: customer.id }));
  }

  protected retry(): void {
    this.store.dispatch(CustomerListPageActions.retried());
    this.attempt.update((n) => n + 1);
  }
}
