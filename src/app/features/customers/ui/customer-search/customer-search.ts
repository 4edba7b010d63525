import { ChangeDetectionStrategy, Component, DestroyRef, effect, inject, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';
import type { CustomerListQuery } from '@contract';

type CustomerSort = NonNullable<CustomerListQuery['sort']>;

export const SEARCH_DEBOUNCE_MS = 300;

/** Search box (debounced) and sort menu; shows the query it is given, reports what the user changes. */
@Component({
  selector: 'fd-customer-search',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="bar" role="search">
      <mat-form-field appearance="outline" class="search" subscriptSizing="dynamic">
        <mat-label>{{ 'customers.list.search' | transloco }}</mat-label>
        <mat-icon matPrefix aria-hidden="true">search</mat-icon>
        <input matInput type="search" [formControl]="text" autocomplete="off" maxlength="100" />
        @if (text.value) {
          <button matSuffix mat-icon-button type="button" (click)="clear()" [attr.aria-label]="'customers.list.clearSearch' | transloco">
            <mat-icon aria-hidden="true">close</mat-icon>
          </button>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" class="sort" subscriptSizing="dynamic">
        <mat-label>{{ 'customers.list.sortBy' | transloco }}</mat-label>
        <mat-select [value]="sort()" (selectionChange)="sortChanged.emit($event.value)">
          <!-- Explicit trigger: the options' labels arrive with the translations, after the value. -->
          <mat-select-trigger>{{ (sort() === 'updatedAt' ? 'customers.list.sortUpdated' : 'customers.list.sortName') | transloco }}</mat-select-trigger>
          <mat-option value="name">{{ 'customers.list.sortName' | transloco }}</mat-option>
          <mat-option value="updatedAt">{{ 'customers.list.sortUpdated' | transloco }}</mat-option>
        </mat-select>
      </mat-form-field>
    </div>
  `,
  styles: `
    .bar {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
    }
    .search {
      flex: 1 1 320px;
    }
    .sort {
      flex: 0 0 200px;
    }
  `,
})
export class CustomerSearch {
  readonly q = input('');
  readonly sort = input<CustomerSort>('name');
  readonly searchChanged = output<string>();
  readonly sortChanged = output<CustomerSort>();

  protected readonly text = new FormControl('', { nonNullable: true });
  private lastSent = '';

  constructor() {
    // Follow the query from outside (Back/Forward) without overwriting what is being typed.
    effect(() => {
      const q = this.q();
      if (q !== this.lastSent) {
        this.lastSent = q;
        this.text.setValue(q, { emitEvent: false });
      }
    });
    this.text.valueChanges
      .pipe(
        map((value) => value.trim()),
        debounceTime(SEARCH_DEBOUNCE_MS),
        distinctUntilChanged(),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((q) => {
        if (q === this.lastSent) return;
        this.lastSent = q;
        this.searchChanged.emit(q);
      });
  }

  protected clear(): void {
    this.text.setValue('');
  }
}
