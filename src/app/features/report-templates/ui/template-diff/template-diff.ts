import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import type { TemplateChange, TemplateDefinition } from '@contract';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { describeChange } from './describe-change';

/** The readable difference between two versions: families and fields added, removed, renamed, moved, changed. */
@Component({
  selector: 'fd-template-diff',
  imports: [NgTemplateOutlet, MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let items = described();
    @if (items.length) {
      <ul class="changes">
        @for (c of items; track $index) {
          <li>
            <mat-icon aria-hidden="true">{{ c.icon }}</mat-icon>
            <div>
              <ng-container *ngTemplateOutlet="phrase; context: { $implicit: c.sentence }" />
              @if (c.properties.length) {
                <dl class="properties">
                  @for (p of c.properties; track $index) {
                    <div>
                      <dt><ng-container *ngTemplateOutlet="phrase; context: { $implicit: p.name }" /></dt>
                      <dd>
                        <span class="before"><ng-container *ngTemplateOutlet="phrase; context: { $implicit: p.before }" /></span>
                        <span aria-hidden="true"> → </span>
                        <span class="visually-hidden">{{ 'reportTemplates.diff.becomes' | transloco }}</span>
                        <span class="after"><ng-container *ngTemplateOutlet="phrase; context: { $implicit: p.after }" /></span>
                      </dd>
                    </div>
                  }
                </dl>
              }
            </div>
          </li>
        }
      </ul>
    } @else {
      <p class="none">{{ 'reportTemplates.diff.none' | transloco }}</p>
    }
    <ng-template #phrase let-p>@if (p.key) {{{ p.key | transloco: p.params }}} @else {{{ p.text }}}</ng-template>
  `,
  styles: `
    @use '../../../../shared/ui/timeline-styles' as timeline;

    .changes {
      @include timeline.entries(8px, 6px 0);
    }
    .properties {
      margin: 4px 0 0;
      font: var(--mat-sys-body-small);
    }
    .properties div {
      display: flex;
      gap: 6px;
    }
    dt {
      font-weight: 500;
    }
    dt::after {
      content: ':';
    }
    dd {
      margin: 0;
    }
    .before {
      text-decoration: line-through;
      color: var(--mat-sys-on-surface-variant);
    }
    .none {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class TemplateDiff {
  readonly changes = input.required<TemplateChange[]>();
  /** The two definitions compared, to name the fields that conditions read. */
  readonly before = input.required<TemplateDefinition>();
  readonly after = input.required<TemplateDefinition>();

  private readonly transloco = inject(TranslocoService);

  protected readonly described = computed(() => {
    this.transloco.activeLang();
    const valueText = (type: string | null, value: string) => {
      if (type === 'validation') return this.transloco.translate(`reportTemplates.validation.${value}`);
      if (type === 'checkbox') return this.transloco.translate(`reportTemplates.condition.${value === 'true' ? 'ticked' : 'notTicked'}`).toLocaleLowerCase();
      return value;
    };
    return this.changes().map((c) => describeChange(c, this.before(), this.after(), valueText));
  });
}
