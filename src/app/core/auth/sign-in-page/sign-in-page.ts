import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { ApiErrorMessage } from '../../../shared/ui/api-error-message';
import { callError } from '../../../shared/util/call-state';
import { PreferenceMenus } from '../../layout/toolbar-menus/preference-menus';
import { SignInPageActions } from '../auth.actions';
import { selectSignIn } from '../auth.feature';

@Component({
  selector: 'fd-sign-in-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    ApiErrorMessage,
    PreferenceMenus,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sign-in-page.html',
  styleUrl: './sign-in-page.scss',
})
export class SignInPage {
  private readonly store = inject(Store);
  /** Bound from `?returnUrl=` (router component input binding). */
  readonly returnUrl = input<string | null>(null);

  private readonly signIn = this.store.selectSignal(selectSignIn);
  protected readonly busy = computed(() => this.signIn() === 'loading');
  protected readonly error = computed(() => callError(this.signIn()));

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { email, password } = this.form.getRawValue();
    this.store.dispatch(
      SignInPageActions.submitted({ credentials: { email: email.trim(), password }, returnUrl: this.returnUrl() }),
    );
  }
}
