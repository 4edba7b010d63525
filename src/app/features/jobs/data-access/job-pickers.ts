import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { CustomerSummary, TechnicianOption } from '@contract';
import { Subject, catchError, debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import { JobsApi } from './jobs-api';

export interface PickedCustomer {
  id: string;
  name: string;
}

/**
 * Options of the grid's technician and customer filters: technicians are few (read once per visit),
 * customers are many (searched by name prefix as the user types).
 */
@Injectable()
export class JobPickers {
  private readonly api = inject(JobsApi);
  private readonly technicianList = signal<TechnicianOption[]>([]);
  private readonly customerMatches = signal<CustomerSummary[]>([]);
  private readonly customerNames = signal<Record<string, string>>({});
  private readonly searches = new Subject<string>();
  private techniciansRequested = false;

  readonly technicians = this.technicianList.asReadonly();
  readonly customers = this.customerMatches.asReadonly();
  /** Names of customers met in searches or read for an address that named only the id. */
  readonly knownCustomers = this.customerNames.asReadonly();

  constructor() {
    this.searches
      .pipe(
        map((q) => q.trim()),
        debounceTime(250),
        distinctUntilChanged(),
        switchMap((q) => (q ? this.api.searchCustomers(q).pipe(map((page) => page.items), catchError(() => of([]))) : of([]))),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((items) => {
        this.customerMatches.set(items);
        this.remember(items);
      });
  }

  loadTechnicians(): void {
    if (this.techniciansRequested) return;
    this.techniciansRequested = true;
    this.api.technicians().subscribe({
      next: (list) => this.technicianList.set(list.items),
      // The filter then offers nothing; a later visit retries.
      error: () => (this.techniciansRequested = false),
    });
  }

  searchCustomers(q: string): void {
    this.searches.next(q);
  }

  /** A shared link names the customer by id only: read its name once. */
  nameCustomer(id: string | null): void {
    if (!id || this.customerNames()[id]) return;
    this.api.customer(id).subscribe({
      next: (customer) => this.remember([customer]),
      error: () => undefined,
    });
  }

  private remember(customers: PickedCustomer[]): void {
    if (!customers.length) return;
    this.customerNames.update((names) => ({ ...names, ...Object.fromEntries(customers.map((c) => [c.id, c.name])) }));
  }
}
