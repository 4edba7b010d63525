import { ChangeDetectionStrategy, Component, effect, input, output } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule, type MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { type MatChipListboxChange, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { type ReserveListFilterValues, reserveListViews, reserveStatuses } from '@contract/rules';
import type { ReserveStatus } from '@contract';
import type { ReserveListView } from '@contract/reserves';
import { TranslocoPipe } from '@jsverse/transloco';
import type { PersonOption } from './person-option';

/** The inbox's filters as the address bar holds them. */
export type ReserveFilterValues = ReserveListFilterValues;

/** Quick views (one-choice chips) and the filters of the inbox; emits changes, the page puts them in the URL. */
@Component({
  selector: 'fd-reserve-filters',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let v = values();
    <mat-chip-listbox
      [attr.aria-label]="'reserves.views.label' | transloco"
      [value]="v.view ?? 'all'"
      (change)="viewChosen($event)"
      [hideSingleSelectionIndicator]="true"
    >
      <mat-chip-option value="all">{{ 'reserves.views.all' | transloco }}</mat-chip-option>
      @for (option of views; track option) {
        <mat-chip-option [value]="option">{{ 'reserves.views.' + option | transloco }}</mat-chip-option>
      }
    </mat-chip-listbox>

    <div class="filters" role="search" [attr.aria-label]="'reserves.filters.label' | transloco">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'reserves.filters.status' | transloco }}</mat-label>
        <mat-select multiple [value]="v.status" (selectionChange)="changed.emit({ status: $event.value })">
          @for (status of statuses; track status) {
            <mat-option [value]="status">{{ 'reserves.status.' + status | transloco }}</mat-option>
          }
        </mat-select>
      </mat-form-field>

      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'reserves.filters.technician' | transloco }}</mat-label>
        <mat-select [value]="v.technicianId" (selectionChange)="changed.emit({ technicianId: $event.value })">
          <mat-option [value]="null">{{ 'reserves.filters.any' | transloco }}</mat-option>
          @for (person of technicians(); track person.id) {
            <mat-option [value]="person.id">{{ person.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>

      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'reserves.filters.customer' | transloco }}</mat-label>
        <input matInput [formControl]="customerText" [matAutocomplete]="customerAuto" autocomplete="off" maxlength="100" />
        @if (v.customerId) {
          <button matSuffix mat-icon-button type="button" (click)="clearCustomer()" [attr.aria-label]="'reserves.list.clearFilters' | transloco">
            <mat-icon aria-hidden="true">close</mat-icon>
          </button>
        }
        <mat-autocomplete #customerAuto (optionSelected)="customerPicked($event)">
          @for (customer of customers(); track customer.id) {
            <mat-option [value]="customer">{{ customer.name }}</mat-option>
          }
        </mat-autocomplete>
      </mat-form-field>

      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'reserves.filters.assignee' | transloco }}</mat-label>
        <mat-select [value]="v.assigneeId" (selectionChange)="changed.emit({ assigneeId: $event.value })">
          <mat-option [value]="null">{{ 'reserves.filters.any' | transloco }}</mat-option>
          @for (person of assignees(); track person.id) {
            <mat-option [value]="person.id">{{ person.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </div>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
    }
    mat-form-field {
      width: 220px;
    }
  `,
})
export class ReserveFilters {
  readonly values = input.required<ReserveFilterValues>();
  readonly technicians = input<PersonOption[]>([]);
  readonly assignees = input<PersonOption[]>([]);
  readonly customers = input<PersonOption[]>([]);
  /** The name of the customer filtered on (the URL only has its id). */
  readonly customerName = input<string>('');
  readonly changed = output<Partial<ReserveFilterValues>>();
  readonly customerSearched = output<string>();

  protected readonly views = reserveListViews;
  protected readonly statuses: readonly ReserveStatus[] = reserveStatuses;
  protected readonly customerText = new FormControl<string | PersonOption>('', { nonNullable: true });

  constructor() {
    effect(() => this.customerText.setValue(this.values().customerId ? this.customerName() : '', { emitEvent: false }));
    this.customerText.valueChanges.subscribe((value) => {
      if (typeof value === 'string') this.customerSearched.emit(value.trim());
    });
  }

  protected viewChosen(event: MatChipListboxChange): void {
    // Unselecting the chosen chip goes back to every reserve.
    const value = event.value as ReserveListView | 'all' | undefined;
    this.changed.emit({ view: !value || value === 'all' ? null : value });
  }

  protected customerPicked(event: MatAutocompleteSelectedEvent): void {
    const customer = event.option.value as PersonOption;
    this.customerText.setValue(customer.name, { emitEvent: false });
    this.changed.emit({ customerId: customer.id });
  }

  protected clearCustomer(): void {
    this.customerText.setValue('', { emitEvent: false });
    this.changed.emit({ customerId: null });
  }
}
