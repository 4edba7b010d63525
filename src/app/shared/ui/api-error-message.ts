import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { type ApiErrorInfo, apiErrorMessageKey } from '../util/api-error';

/** A failed call as one readable sentence in the active language. */
@Component({
  selector: 'fd-api-error-message',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@if (message(); as m) {{{ m.key | transloco: m.params }}}`,
})
export class ApiErrorMessage {
  readonly error = input<ApiErrorInfo | null>(null);
  protected readonly message = computed(() => {
    const error = this.error();
    return error ? apiErrorMessageKey(error) : null;
  });
}
