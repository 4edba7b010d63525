import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { AuditChange } from '@contract';
import { changeRows } from './change-rows';

/** What changed: "field: before → after", one line per field. */
@Component({
  selector: 'fd-audit-changes',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="changes">
      @for (row of rows(); track row.field) {
        <li>
          <span class="field">{{ row.field }}</span>:
          <del>{{ row.before }}</del><span aria-hidden="true"> → </span><ins>{{ row.after }}</ins>
        </li>
      }
    </ul>
  `,
  styles: `
    .changes { list-style: none; margin: 0; padding: 0; }
    .field { font-weight: 500; }
    del { color: var(--mat-sys-error); }
    ins { text-decoration: none; color: var(--mat-sys-primary); }
  `,
})
export class AuditChanges {
  readonly changes = input.required<Record<string, AuditChange>>();
  protected readonly rows = computed(() => changeRows(this.changes()));
}
