import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApiErrorInfo } from '../../util/api-error';
import { ApiErrorMessage } from '../api-error-message';

/**
 * Something a page failed to load (its list, or the entity it shows): the reason in words (the
 * API's, or the page's own `message` key) and a retry button.
 */
@Component({
  selector: 'fd-list-problem',
  imports: [ApiErrorMessage, MatButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="problem" role="alert">
      <p class="error-text">
        @if (message(); as message) {
          {{ message | transloco }}
        } @else if (error(); as error) {
          <fd-api-error-message [error]="error" />
        }
      </p>
      <button mat-stroked-button type="button" (click)="retry.emit()">{{ 'common.retry' | transloco }}</button>
    </div>
  `,
  styles: `
    .problem {
      display: flex;
      align-items: center;
      gap: 16px;
    }
  `,
})
export class ListProblem {
  readonly error = input<ApiErrorInfo | null>(null);
  /** Translation key of what failed, said instead of the API's reason. */
  readonly message = input<string | null>(null);
  readonly retry = output();
}
