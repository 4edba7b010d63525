import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { CustomFieldDefinition } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { customFieldRows } from './custom-field-controls';

/** The answered custom fields of a customer or a job as `dt`/`dd` pairs, to sit inside the page's `dl`. */
@Component({
  selector: 'fd-custom-field-values',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (row of rows(); track row.key) {
      <div>
        <dt>{{ row.label }}</dt>
        <dd>
          @if ('key' in row.shown) {
            {{ row.shown.key | transloco }}
          } @else {
            {{ row.shown.text }}
          }
        </dd>
      </div>
    }
  `,
  styles: ':host { display: contents; }',
})
export class CustomFieldValues {
  readonly values = input<Readonly<Record<string, unknown>>>({});
  readonly definitions = input<readonly CustomFieldDefinition[]>([]);
  readonly lang = input('en');

  protected readonly rows = computed(() => customFieldRows(this.values(), this.definitions(), this.lang()));
}
