import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { CustomFieldDefinition } from '@contract';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

/** One custom field value to filter by (the list query's `cf`). */
export interface CustomFieldFilter {
  key: string;
  value: string;
}

/** Filter the list by one custom field value: pick the field, then its value (equality). */
@Component({
  selector: 'fd-customer-field-filter',
  imports: [MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field subscriptSizing="dynamic" class="field">
      <mat-label>{{ 'customers.list.filterField' | transloco }}</mat-label>
      <mat-select [value]="filter()?.key ?? ''" (selectionChange)="fieldChosen($event.value)">
        <mat-option value="">{{ 'customers.list.filterNone' | transloco }}</mat-option>
        @for (definition of fields(); track definition.key) {
          <mat-option [value]="definition.key">{{ labelOf(definition) }}</mat-option>
        }
      </mat-select>
    </mat-form-field>
    @if (chosen(); as definition) {
      @if (definition.type === 'choice' || definition.type === 'checkbox') {
        <mat-form-field subscriptSizing="dynamic" class="value">
          <mat-label>{{ 'customers.list.filterValue' | transloco }}</mat-label>
          <mat-select [value]="filter()?.value ?? ''" (selectionChange)="valueChosen(definition.key, $event.value)">
            @if (definition.type === 'checkbox') {
              <mat-option value="true">{{ 'customers.grid.yes' | transloco }}</mat-option>
              <mat-option value="false">{{ 'customers.grid.no' | transloco }}</mat-option>
            } @else {
              @for (option of definition.options; track option.value) {
                <mat-option [value]="option.value">{{ optionLabel(option) }}</mat-option>
              }
            }
          </mat-select>
        </mat-form-field>
      } @else {
        <mat-form-field subscriptSizing="dynamic" class="value">
          <mat-label>{{ 'customers.list.filterValue' | transloco }}</mat-label>
          <input
            matInput
            maxlength="200"
            [type]="definition.type === 'number' ? 'number' : definition.type === 'date' ? 'date' : 'text'"
            [value]="filter()?.value ?? ''"
            (change)="valueChosen(definition.key, $any($event.target).value)"
          />
        </mat-form-field>
      }
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
  `,
})
export class CustomerFieldFilterControl {
  private readonly transloco = inject(TranslocoService);
  readonly fields = input<CustomFieldDefinition[]>([]);
  readonly filter = input<CustomFieldFilter | null>(null);
  readonly filterChanged = output<CustomFieldFilter | null>();
  /** The field picked before its value is known: the filter only applies once a value is chosen. */
  private readonly pendingKey = signal<string | null>(null);

  protected readonly chosen = computed(() => {
    const key = this.pendingKey() ?? this.filter()?.key;
    return this.fields().find((d) => d.key === key) ?? null;
  });

  protected labelOf(definition: CustomFieldDefinition): string {
    return this.transloco.getActiveLang() === 'fr' ? definition.labelFr : definition.labelEn;
  }

  protected optionLabel(option: CustomFieldDefinition['options'][number]): string {
    return this.transloco.getActiveLang() === 'fr' ? option.labelFr : option.labelEn;
  }

  protected fieldChosen(key: string): void {
    this.pendingKey.set(key || null);
    if (this.filter()) this.filterChanged.emit(null);
  }

  protected valueChosen(key: string, value: string): void {
    this.pendingKey.set(null);
    const trimmed = String(value ?? '').trim();
    this.filterChanged.emit(trimmed ? { key, value: trimmed } : null);
  }
}
