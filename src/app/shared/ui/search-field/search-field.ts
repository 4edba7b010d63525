import { ChangeDetectionStrategy, Component, DestroyRef, effect, inject, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';

export const SEARCH_DEBOUNCE_MS = 300;

/**
 * A search box of a filter bar: sends the trimmed text once the user stops typing; shows the query it is given.
 * `keys` is the page's translation prefix holding `search` (the box's label) and `clearSearch` (its clear button's name).
 */
@Component({
  selector: 'fd-search-field',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ keys() + '.search' | transloco }}</mat-label>
      <mat-icon matPrefix aria-hidden="true">search</mat-icon>
      <input matInput type="search" [formControl]="text" autocomplete="off" maxlength="100" />
      @if (text.value) {
        <button matSuffix mat-icon-button type="button" (click)="clear()" [attr.aria-label]="keys() + '.clearSearch' | transloco">
          <mat-icon aria-hidden="true">close</mat-icon>
        </button>
      }
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    mat-form-field {
      width: 100%;
    }
  `,
})
export class SearchField {
  readonly keys = input.required<string>();
  readonly query = input('');
  readonly searched = output<string>();

  protected readonly text = new FormControl('', { nonNullable: true });
  private lastSent = '';

  constructor() {
    // Follow the query from outside (Back/Forward) without overwriting what is being typed.
    effect(() => {
      const q = this.query();
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
        this.searched.emit(q);
      });
  }

  protected clear(): void {
    this.text.setValue('');
  }
}
