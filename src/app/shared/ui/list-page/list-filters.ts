import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { SearchField } from '../search-field/search-field';

/** One menu of a filter bar; labels are translation keys. */
export interface ListChoice {
  /** Names the menu in what `chosen` reports. */
  key: string;
  label: string;
  /** The option shown; an option stands for "no filter" (mat-select shows nothing for null). */
  value: string;
  options: { value: string; label: string }[];
}

/** A menu from its options, value → label key, in their order. */
export function listChoice(key: string, label: string, value: string, options: Record<string, string>): ListChoice {
  return { key, label, value, options: Object.entries(options).map(([option, optionLabel]) => ({ value: option, label: optionLabel })) };
}

export interface ListChoiceChange {
  key: string;
  value: string;
}

/**
 * A list page's filter bar: a search box (debounced) and menus beside it. Shows the query and the
 * values it is given, reports what the user changes. Labels are translation keys.
 */
@Component({
  selector: 'fd-list-filters',
  imports: [MatFormFieldModule, MatSelectModule, SearchField, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="bar" role="search">
      <fd-search-field class="search" [keys]="keys()" [query]="query()" (searched)="searched.emit($event)" />
      @for (choice of choices(); track choice.key) {
        <mat-form-field appearance="outline" class="choice" subscriptSizing="dynamic">
          <mat-label>{{ choice.label | transloco }}</mat-label>
          <mat-select [value]="choice.value" (selectionChange)="chosen.emit({ key: choice.key, value: $event.value })">
            <!-- Explicit trigger: the options' labels arrive with the translations, after the value. -->
            <mat-select-trigger>{{ shownLabel(choice) | transloco }}</mat-select-trigger>
            @for (option of choice.options; track option.value) {
              <mat-option [value]="option.value">{{ option.label | transloco }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      }
    </div>
  `,
  styles: `
    .bar {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
    }
    .search {
      flex: 1 1 300px;
    }
    .choice {
      flex: 0 0 190px;
    }
  `,
})
export class ListFilters {
  /** The page's translation prefix holding `search` (the box's label) and `clearSearch` (its clear button's name). */
  readonly keys = input.required<string>();
  readonly query = input('');
  readonly choices = input<ListChoice[]>([]);
  readonly searched = output<string>();
  readonly chosen = output<ListChoiceChange>();

  protected shownLabel(choice: ListChoice): string {
    return choice.options.find((option) => option.value === choice.value)?.label ?? '';
  }
}
