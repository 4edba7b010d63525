import { ChangeDetectionStrategy, Component, DestroyRef, effect, inject, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import type { ItemRef } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { filter, tap } from 'rxjs';
import { pausedTyping } from '../../../../shared/util/paused-typing';

/**
 * Picks a catalog item by typing the start of its name or reference. Reports what is typed
 * (debounced) so the page can ask the server, and the item chosen (null when cleared).
 */
@Component({
  selector: 'fd-item-picker',
  imports: [ReactiveFormsModule, MatAutocompleteModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field appearance="outline" class="full" [subscriptSizing]="hint() ? 'fixed' : 'dynamic'">
      <mat-label>{{ label() }}</mat-label>
      <mat-icon matPrefix aria-hidden="true">inventory_2</mat-icon>
      <input
        matInput
        type="text"
        autocomplete="off"
        maxlength="100"
        [formControl]="text"
        [matAutocomplete]="auto"
        [required]="required()"
      />
      @if (text.value) {
        <button matSuffix mat-icon-button type="button" (click)="clear()" [attr.aria-label]="'depot.itemPicker.clear' | transloco">
          <mat-icon aria-hidden="true">close</mat-icon>
        </button>
      }
      @if (hint(); as h) {
        <mat-hint>{{ h }}</mat-hint>
      }
      <mat-autocomplete #auto="matAutocomplete" [displayWith]="display" (optionSelected)="choose($event.option.value)">
        @for (item of options(); track item.id) {
          <mat-option [value]="item">
            <span class="reference">{{ item.reference }}</span> {{ item.name }}
            <span class="family">· {{ item.familyName }}</span>
          </mat-option>
        } @empty {
          @if (searched()) {
            <mat-option disabled>{{ 'depot.itemPicker.none' | transloco }}</mat-option>
          }
        }
      </mat-autocomplete>
    </mat-form-field>
  `,
  styles: `
    .full {
      width: 100%;
    }
    .reference {
      font-weight: 500;
    }
    .family {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ItemPicker {
  readonly label = input.required<string>();
  readonly options = input<readonly ItemRef[]>([]);
  /** The item chosen, when the page already knows it (e.g. a filter read back). */
  readonly value = input<ItemRef | null>(null);
  readonly hint = input<string | null>(null);
  readonly required = input(false);
  /** True once a search answered, so "no match" is not shown before anything was asked. */
  readonly searched = input(false);
  readonly queryChanged = output<string>();
  readonly selected = output<ItemRef | null>();

  private chosen = false;
  protected readonly text = new FormControl<string | ItemRef>('', { nonNullable: true });
  protected readonly display = (value: string | ItemRef | null) =>
    value && typeof value === 'object' ? `${value.reference} — ${value.name}` : (value ?? '');

  constructor() {
    effect(() => {
      const value = this.value();
      if (value) {
        this.chosen = true;
        this.text.setValue(value, { emitEvent: false });
      }
    });
    this.text.valueChanges
      .pipe(
        filter((value): value is string => typeof value === 'string'),
        // Typing over a chosen item un-chooses it: what is shown is what is picked.
        tap(() => {
          if (this.chosen) {
            this.chosen = false;
            this.selected.emit(null);
          }
        }),
        pausedTyping(),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((q) => this.queryChanged.emit(q));
  }

  protected choose(item: ItemRef): void {
    this.chosen = true;
    this.selected.emit(item);
  }

  protected clear(): void {
    this.chosen = false;
    this.text.setValue('');
    this.selected.emit(null);
  }
}
