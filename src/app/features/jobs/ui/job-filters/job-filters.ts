import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, output } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule, type MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { type JobListFilterValues, jobStatuses } from '@contract/rules';
import type { JobStatus } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { SearchField } from '../../../../shared/ui/search-field/search-field';

/** The filters the bar shows and changes: the jobs list's (the page's query holds them too). */
export type JobFilterValues = JobListFilterValues;

export interface FilterOption {
  id: string;
  name: string;
}

/** Local calendar day of a picked date, `YYYY-MM-DD`. */
export function dayOf(date: Date | null): string | null {
  if (!date || Number.isNaN(date.getTime())) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function dateOf(day: string | null): Date | null {
  if (!day) return null;
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!);
}

/**
 * The jobs grid's filters: text (debounced), statuses, technician and customer (autocomplete),
 * planned date range, open reserves. Shows the values it is given (the URL's) and reports changes.
 */
@Component({
  selector: 'fd-job-filters',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    MatSlideToggleModule,
    TranslocoPipe,
    SearchField,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './job-filters.html',
  styleUrl: './job-filters.scss',
})
export class JobFilters {
  readonly values = input.required<JobFilterValues>();
  readonly technicians = input<FilterOption[]>([]);
  /** Customers matching what is typed in the customer filter. */
  readonly customers = input<FilterOption[]>([]);
  /** Names of customers by id (the selected one may come from a shared link). */
  readonly customerNames = input<Record<string, string>>({});
  readonly changed = output<Partial<JobFilterValues>>();
  readonly customerSearched = output<string>();

  protected readonly statuses = jobStatuses;
  protected readonly technicianText = new FormControl('', { nonNullable: true });
  protected readonly customerText = new FormControl('', { nonNullable: true });
  protected readonly range = new FormGroup({
    start: new FormControl<Date | null>(null),
    end: new FormControl<Date | null>(null),
  });
  private readonly technicianTyped = toSignal(this.technicianText.valueChanges, { initialValue: '' });

  protected readonly technicianOptions = computed(() => {
    const raw = this.technicianTyped().trim();
    const all = this.technicians();
    // A picked option (its id, then its name) is not a search: offer everyone again.
    if (!raw || all.some((t) => t.id === raw || t.name === raw)) return all;
    const typed = raw.toLocaleLowerCase();
    return all.filter((t) => t.name.toLocaleLowerCase().includes(typed));
  });
  protected readonly technicianLabel = (id: string | null): string =>
    this.technicians().find((t) => t.id === id)?.name ?? id ?? '';
  protected readonly customerLabel = (id: string | null): string =>
    this.customers().find((c) => c.id === id)?.name ?? (id ? this.customerNames()[id] : undefined) ?? id ?? '';
  protected readonly technicianName = computed(() => {
    const id = this.values().technicianId;
    return this.technicians().find((t) => t.id === id)?.name ?? '';
  });
  protected readonly customerName = computed(() => {
    const id = this.values().customerId;
    return id ? (this.customerNames()[id] ?? '') : '';
  });

  constructor() {
    // Follow the values from outside (Back/Forward) without overwriting what is being typed.
    effect(() => {
      const { from, to } = this.values();
      if (dayOf(this.range.controls.start.value) !== from || dayOf(this.range.controls.end.value) !== to) {
        this.range.setValue({ start: dateOf(from), end: dateOf(to) }, { emitEvent: false });
      }
    });
    effect(() => this.technicianText.setValue(this.technicianName(), { emitEvent: false }));
    effect(() => this.customerText.setValue(this.customerName(), { emitEvent: false }));

    this.customerText.valueChanges
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe((typed) => {
        // Picking an option writes its id into the field before the name shows: not a search.
        if (!this.customers().some((c) => c.id === typed)) this.customerSearched.emit(typed);
      });
  }

  protected statusesChanged(status: JobStatus[]): void {
    this.changed.emit({ status });
  }

  protected technicianPicked(event: MatAutocompleteSelectedEvent): void {
    this.changed.emit({ technicianId: event.option.value as string });
  }

  protected customerPicked(event: MatAutocompleteSelectedEvent): void {
    this.changed.emit({ customerId: event.option.value as string });
  }

  /** Leaving the field with text that names nobody puts the chosen name back. */
  protected technicianLeft(): void {
    if (this.technicianText.value.trim() === '' && this.values().technicianId) this.changed.emit({ technicianId: null });
    else this.technicianText.setValue(this.technicianName(), { emitEvent: false });
  }

  protected customerLeft(): void {
    if (this.customerText.value.trim() === '' && this.values().customerId) this.changed.emit({ customerId: null });
  }

  protected clearTechnician(): void {
    this.technicianText.setValue('');
    this.changed.emit({ technicianId: null });
  }

  protected clearCustomer(): void {
    this.customerText.setValue('', { emitEvent: false });
    this.changed.emit({ customerId: null });
  }

  /** Emitted once the range is complete (or emptied), not on its first half. */
  protected rangeChanged(): void {
    const { start, end } = this.range.value;
    const from = dayOf(start ?? null);
    const to = dayOf(end ?? null);
    if ((from && to) || (!from && !to)) {
      const current = this.values();
      if (from !== current.from || to !== current.to) this.changed.emit({ from, to });
    }
  }

  protected clearRange(): void {
    this.range.setValue({ start: null, end: null }, { emitEvent: false });
    this.changed.emit({ from: null, to: null });
  }

  protected reservesToggled(hasOpenReserves: boolean): void {
    this.changed.emit({ hasOpenReserves });
  }
}
