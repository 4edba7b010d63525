import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import type { Depot, SerialUnit, StockLine, TransferRequest } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { FieldErrorPipe } from '../../../../shared/ui/field-error-pipe';
import { LocalNumberPipe } from '../../../../shared/ui/local-number-pipe';
import { safeText } from '../../../../shared/util/text-validators';
import type { Message } from '../message';
import { quantityFitsUnit } from '../../../../shared/util/quantity';
import { StatusChip } from '../../../../shared/ui/status-chip/status-chip';
import { unitStatusScheme } from '../unit-status';

export type TransferDirection = 'send' | 'take';

export interface TransferSource {
  direction: TransferDirection;
  otherDepotId: string | null;
}

interface QuantityLine {
  line: StockLine;
  quantity: FormControl<number | null>;
}

/**
 * Moving stock between this depot and another: "send to" or "take from", quantities of items and
 * chosen serial units. The page searches the source depot's stock and units as the user types.
 */
@Component({
  selector: 'fd-transfer-form',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    FieldErrorPipe,
    LocalNumberPipe,
    StatusChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './transfer-form.html',
  styleUrl: './transfer-form.scss',
})
export class TransferForm {
  protected readonly unitStatuses = unitStatusScheme;
  readonly depot = input.required<Depot>();
  readonly otherDepots = input.required<readonly Depot[]>();
  /** Stock lines of the source depot matching the stock search. */
  readonly stockOptions = input<readonly StockLine[]>([]);
  /** Serial units of the source depot matching the serial search. */
  readonly unitOptions = input<readonly SerialUnit[]>([]);
  readonly saving = input(false);
  readonly error = input<Message | null>(null);
  readonly sourceChanged = output<TransferSource>();
  readonly stockQueryChanged = output<string>();
  readonly unitQueryChanged = output<string>();
  readonly submitted = output<TransferRequest>();
  readonly cancelled = output<void>();

  protected readonly direction = signal<TransferDirection>('send');
  protected readonly otherDepotId = signal<string | null>(null);
  protected readonly lines = signal<readonly QuantityLine[]>([]);
  protected readonly units = signal<readonly SerialUnit[]>([]);
  protected readonly nothingChosen = signal(false);
  protected readonly stockSearch = new FormControl<string | StockLine>('', { nonNullable: true });
  protected readonly unitSearch = new FormControl<string | SerialUnit>('', { nonNullable: true });
  protected readonly note = new FormControl('', { nonNullable: true, validators: [safeText, Validators.maxLength(1000)] });

  protected readonly otherDepot = computed(() => this.otherDepots().find((d) => d.id === this.otherDepotId()) ?? null);
  protected readonly sourceName = computed(() => (this.direction() === 'send' ? this.depot().name : (this.otherDepot()?.name ?? '')));
  /** Serialized items move unit by unit, never by quantity. */
  protected readonly pickableLines = computed(() => {
    const taken = new Set(this.lines().map((l) => l.line.item.id));
    return this.stockOptions().filter((l) => !l.item.isSerialized && l.quantity > 0 && !taken.has(l.item.id));
  });
  protected readonly pickableUnits = computed(() => {
    const taken = new Set(this.units().map((u) => u.id));
    return this.unitOptions().filter((u) => (u.status === 'ok' || u.status === 'needs_repair') && !taken.has(u.id));
  });
  protected readonly displayNothing = () => '';

  protected setDirection(direction: TransferDirection): void {
    this.direction.set(direction);
    this.resetChoices();
  }

  protected setOtherDepot(id: string): void {
    this.otherDepotId.set(id);
    this.resetChoices();
  }

  protected searchStock(): void {
    const value = this.stockSearch.value;
    if (typeof value === 'string') this.stockQueryChanged.emit(value.trim());
  }

  protected searchUnits(): void {
    const value = this.unitSearch.value;
    if (typeof value === 'string') this.unitQueryChanged.emit(value.trim());
  }

  protected addLine(line: StockLine): void {
    const quantity = new FormControl<number | null>(null, [Validators.required, quantityFitsUnit(() => line.item.unit), Validators.max(line.quantity)]);
    this.lines.update((lines) => [...lines, { line, quantity }]);
    this.stockSearch.setValue('');
    this.nothingChosen.set(false);
  }

  protected removeLine(itemId: string): void {
    this.lines.update((lines) => lines.filter((l) => l.line.item.id !== itemId));
  }

  protected addUnit(unit: SerialUnit): void {
    this.units.update((units) => [...units, unit]);
    this.unitSearch.setValue('');
    this.nothingChosen.set(false);
  }

  protected removeUnit(unitId: string): void {
    this.units.update((units) => units.filter((u) => u.id !== unitId));
  }

  /** The form is not an Angular form group: the browser's own submit (a page load) is stopped here. */
  protected submit(event: Event): void {
    event.preventDefault();
    const other = this.otherDepotId();
    const lines = this.lines();
    lines.forEach((l) => l.quantity.markAsTouched());
    this.note.markAsTouched();
    if (!other) return;
    if (lines.length === 0 && this.units().length === 0) {
      this.nothingChosen.set(true);
      return;
    }
    if (lines.some((l) => l.quantity.invalid) || this.note.invalid) return;
    const here = this.depot().id;
    const note = this.note.value.trim();
    this.submitted.emit({
      fromDepotId: this.direction() === 'send' ? here : other,
      toDepotId: this.direction() === 'send' ? other : here,
      lines: lines.map((l) => ({ itemId: l.line.item.id, quantity: l.quantity.value as number })),
      serialUnitIds: this.units().map((u) => u.id),
      ...(note ? { note } : {}),
    });
  }

  /** What was chosen belongs to the old source depot. */
  private resetChoices(): void {
    this.lines.set([]);
    this.units.set([]);
    this.stockSearch.setValue('');
    this.unitSearch.setValue('');
    this.sourceChanged.emit({ direction: this.direction(), otherDepotId: this.otherDepotId() });
  }
}
