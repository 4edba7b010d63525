import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { CustomFieldDefinition } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { displayCustomFieldValue } from '../custom-field-form-model';

/** A customer's custom field values with their labels in the active language (unknown keys by key). */
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

  protected readonly rows = computed(() => {
    const lang = this.lang();
    const byKey = new Map(this.definitions().map((d) => [d.key, d]));
    const order = (key: string) => byKey.get(key)?.sortOrder ?? Number.MAX_SAFE_INTEGER;
    return Object.entries(this.values())
      .filter(([, value]) => value !== null && value !== undefined && value !== '')
      .sort(([a], [b]) => order(a) - order(b))
      .map(([key, value]) => {
        const definition = byKey.get(key);
        const label = definition ? (lang === 'fr' ? definition.labelFr : definition.labelEn) : key;
        return { key, label, shown: displayCustomFieldValue(definition, value, lang) };
      });
  });
}
