import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { type LocatedProblem, problemKey } from './template-problems';

/** A problem of the template as a sentence in the active language. */
@Component({
  selector: 'fd-problem-text',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `{{ message().key | transloco: message().params }}`,
})
export class ProblemText {
  readonly problem = input.required<LocatedProblem>();
  protected readonly message = computed(() => problemKey(this.problem()));
}
