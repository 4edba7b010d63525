import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import type { CustomFieldDefinition } from '@contract';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

/** Which custom fields show as extra grid columns: a menu of checkboxes, one per active field. */
@Component({
  selector: 'fd-customer-column-chooser',
  imports: [MatButtonModule, MatCheckboxModule, MatIconModule, MatMenuModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button mat-stroked-button type="button" class="columns-button" [matMenuTriggerFor]="menu">
      <mat-icon aria-hidden="true">view_column</mat-icon>
      {{ 'customers.list.columns' | transloco }}
    </button>
    <mat-menu #menu="matMenu">
      @for (definition of fields(); track definition.key) {
        <div class="choice">
          <mat-checkbox (click)="$event.stopPropagation()" [checked]="shown().includes(definition.key)" (change)="toggle(definition.key, $event.checked)">
            {{ labelOf(definition) }}
          </mat-checkbox>
        </div>
      } @empty {
        <p class="none">{{ 'customers.list.noCustomFields' | transloco }}</p>
      }
    </mat-menu>
  `,
  styles: `
    .choice {
      padding: 0 12px;
    }
    .none {
      padding: 0 16px;
    }
  `,
})
export class CustomerColumnChooser {
  private readonly transloco = inject(TranslocoService);
  readonly fields = input<CustomFieldDefinition[]>([]);
  /** Keys of the fields shown as columns. */
  readonly shown = input<string[]>([]);
  readonly shownChanged = output<string[]>();

  protected labelOf(definition: CustomFieldDefinition): string {
    return this.transloco.getActiveLang() === 'fr' ? definition.labelFr : definition.labelEn;
  }

  protected toggle(key: string, checked: boolean): void {
    const others = this.shown().filter((k) => k !== key);
    this.shownChanged.emit(checked ? [...others, key] : others);
  }
}
