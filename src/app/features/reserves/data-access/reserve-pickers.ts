import { Injectable, computed, inject, signal } from '@angular/core';
import { may } from '@contract/rules';
import { Store } from '@ngrx/store';
import { EMPTY, Subject, catchError, debounceTime, distinctUntilChanged, switchMap } from 'rxjs';
import { selectUser } from '../../../core/auth/auth.feature';
import { ReservesApi } from './reserves-api';

export interface PersonOption {
  id: string;
  name: string;
}

/**
 * The people and customers the inbox's pickers offer. The users list is for administrators only:
 * a supervisor who cannot read it is offered themself as the one assignee.
 */
@Injectable()
export class ReservePickers {
  private readonly api = inject(ReservesApi);
  private readonly me = inject(Store).selectSignal(selectUser);
  private readonly listedSupervisors = signal<PersonOption[] | null>(null);
  private readonly search$ = new Subject<string>();

  readonly technicians = signal<PersonOption[]>([]);
  readonly customers = signal<PersonOption[]>([]);
  private readonly customerNames = signal<Record<string, string>>({});

  readonly supervisors = computed<PersonOption[]>(() => {
    const listed = this.listedSupervisors();
    const me = this.me();
    if (listed && listed.length) return listed;
    return me && may(me.role, 'reserves', 'write') ? [{ id: me.id, name: me.displayName }] : [];
  });

  constructor() {
    this.search$
      .pipe(
        debounceTime(250),
        distinctUntilChanged(),
        switchMap((q) => this.api.searchCustomers(q).pipe(catchError(() => EMPTY))),
      )
      .subscribe((page) => {
        const options = page.items.map((c) => ({ id: c.id, name: c.name }));
        this.customers.set(options);
        this.customerNames.update((names) => ({ ...names, ...Object.fromEntries(options.map((o) => [o.id, o.name])) }));
      });
  }

  load(): void {
    this.api.technicians().subscribe({
      next: (list) => this.technicians.set(list.items.map((t) => ({ id: t.id, name: t.displayName }))),
      error: () => this.technicians.set([]),
    });
    this.api.supervisors().subscribe({
      next: (list) => this.listedSupervisors.set(list.items.map((u) => ({ id: u.id, name: u.displayName }))),
      error: () => this.listedSupervisors.set([]),
    });
  }

  searchCustomers(q: string): void {
    this.search$.next(q);
  }

  customerName(id: string | null): string {
    return id ? (this.customerNames()[id] ?? '') : '';
  }
}
