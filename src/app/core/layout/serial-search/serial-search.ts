import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule, type MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatIconModule } from '@angular/material/icon';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { SerialSearchActions, serialSearchFeature } from './serial-search.state';

/**
 * The toolbar's "Find a serial number" box: as the user types, the serials that start with it
 * (issue 16, like the repair queue); Enter or a suggestion opens the unit's history at
 * `/serials/:serial`.
 */
@Component({
  selector: 'fd-serial-search',
  imports: [ReactiveFormsModule, MatAutocompleteModule, MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form role="search" class="box" (submit)="find($event)">
      <mat-icon aria-hidden="true" class="icon">qr_code_scanner</mat-icon>
      <label class="visually-hidden" for="serial-search-input">{{ 'serialSearch.label' | transloco }}</label>
      <input
        id="serial-search-input"
        type="search"
        autocomplete="off"
        spellcheck="false"
        maxlength="64"
        [formControl]="serial"
        [matAutocomplete]="suggested"
        [placeholder]="'serialSearch.label' | transloco"
      />
      <mat-autocomplete #suggested="matAutocomplete" (optionSelected)="open($event)">
        @for (unit of suggestions(); track unit.id) {
          <mat-option [value]="unit.serial">
            <span class="serial">{{ unit.serial }}</span>
            <span class="item">{{ unit.item.name }}</span>
          </mat-option>
        }
      </mat-autocomplete>
    </form>
  `,
  styles: `
    .box {
      display: flex;
      align-items: center;
      gap: 4px;
      height: 40px;
      padding: 0 12px;
      border-radius: 20px;
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
      width: 240px;
      box-sizing: border-box;
    }
    .box:focus-within {
      outline: 2px solid var(--mat-sys-primary);
    }
    .icon {
      flex: 0 0 auto;
      font-size: 20px;
      width: 20px;
      height: 20px;
    }
    input {
      flex: 1 1 auto;
      min-width: 0;
      border: none;
      outline: none;
      background: transparent;
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-body-medium);
    }
    .serial {
      font-family: ui-monospace, 'Roboto Mono', monospace;
      margin-right: 8px;
    }
    .item {
      color: var(--mat-sys-on-surface-variant);
    }
    input::placeholder {
      color: var(--mat-sys-on-surface-variant);
    }
    @media (max-width: 700px) {
      .box {
        width: 160px;
      }
    }
  `,
})
export class SerialSearch {
  private readonly router = inject(Router);
  private readonly store = inject(Store);
  protected readonly serial = new FormControl('', { nonNullable: true });
  protected readonly suggestions = this.store.selectSignal(serialSearchFeature.selectSuggestions);

  constructor() {
    this.serial.valueChanges.pipe(takeUntilDestroyed()).subscribe((text) => this.store.dispatch(SerialSearchActions.typed({ text })));
  }

  protected open(event: MatAutocompleteSelectedEvent): void {
    void this.router.navigate(['/serials', String(event.option.value)]);
  }

  /** The form is not an Angular form group: the browser's own submit (a page load) is stopped here. */
  protected find(event: Event): void {
    event.preventDefault();
    const serial = this.serial.value.trim();
    if (serial) void this.router.navigate(['/serials', serial]);
  }
}
