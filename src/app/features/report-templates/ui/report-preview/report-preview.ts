import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { evaluateReport } from '@contract/rules';
import type { AnswerMap, TemplateDefinition } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { PluralPipe } from '../../../../shared/ui/plural-pipe';
import { PreviewField } from '../preview-field/preview-field';

/**
 * The report as a technician sees it, answered here for trying: the same `evaluateReport` as the
 * server decides what is shown, what is mandatory, and which families stay red.
 */
@Component({
  selector: 'fd-report-preview',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe, PluralPipe, PreviewField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './report-preview.html',
  styleUrl: './report-preview.scss',
})
export class ReportPreview {
  readonly definition = input.required<TemplateDefinition>();

  protected readonly answers = signal<AnswerMap>({});
  protected readonly evaluation = computed(() => evaluateReport(this.definition(), this.answers()));
  protected readonly hasAnswers = computed(() => Object.keys(this.answers()).length > 0);
  protected readonly hasFields = computed(() => this.definition().families.some((family) => family.fields.length > 0));

  protected answer(fieldId: string, value: unknown): void {
    this.answers.update((answers) => {
      const next = { ...answers };
      if (value === undefined) delete next[fieldId];
      else next[fieldId] = value;
      return next;
    });
  }

  protected reset(): void {
    this.answers.set({});
  }
}
