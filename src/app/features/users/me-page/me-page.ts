import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { PASSWORD_MIN_LENGTH } from '@contract/rules';
import type { Locale } from '@contract';
import { selectUser } from '../../../core/auth/auth.feature';
import { PreferenceMenuActions } from '../../../core/preferences/preferences.actions';
import { selectLocale, selectTheme } from '../../../core/preferences/preferences.feature';
import { themeModes, type ThemeMode } from '../../../core/preferences/preferences-storage';
import { callError } from '../../../shared/util/call-state';
import { MePageActions, selectOwnPassword, userErrorMessage } from '../data-access';

/** The signed-in person's own page: who they are, their password, theme and language. */
@Component({
  selector: 'fd-me-page',
  imports: [ReactiveFormsModule, MatButtonModule, MatButtonToggleModule, MatCardModule, MatFormFieldModule, MatInputModule, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" *transloco="let t">
      <h1>{{ t('users.me.title') }}</h1>
      @if (user(); as u) {
        <mat-card appearance="outlined">
          <mat-card-content>
            <dl>
              <dt>{{ t('users.fields.displayName') }}</dt><dd>{{ u.displayName }}</dd>
              <dt>{{ t('users.fields.email') }}</dt><dd>{{ u.email }}</dd>
              <dt>{{ t('users.fields.role') }}</dt><dd>{{ t('roles.' + u.role) }}</dd>
            </dl>
          </mat-card-content>
        </mat-card>
      }

      <mat-card appearance="outlined">
        <mat-card-header><mat-card-title>{{ t('users.me.preferences') }}</mat-card-title></mat-card-header>
        <mat-card-content class="prefs">
          <span id="me-language">{{ t('users.fields.locale') }}</span>
          <mat-button-toggle-group aria-labelledby="me-language" [value]="locale()" (change)="language($event.value)">
            <mat-button-toggle value="en">English</mat-button-toggle>
            <mat-button-toggle value="fr">Français</mat-button-toggle>
          </mat-button-toggle-group>
          <span id="me-theme">{{ t('users.me.theme') }}</span>
          <mat-button-toggle-group aria-labelledby="me-theme" [value]="theme()" (change)="themeChosen($event.value)">
            @for (mode of themes; track mode) { <mat-button-toggle [value]="mode">{{ t('theme.' + mode) }}</mat-button-toggle> }
          </mat-button-toggle-group>
        </mat-card-content>
      </mat-card>

      <mat-card appearance="outlined">
        <mat-card-header><mat-card-title>{{ t('users.me.password') }}</mat-card-title></mat-card-header>
        <mat-card-content>
          <form [formGroup]="form" (ngSubmit)="submit()" class="password">
            <mat-form-field>
              <mat-label>{{ t('users.me.currentPassword') }}</mat-label>
              <input matInput type="password" formControlName="currentPassword" autocomplete="current-password" required />
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ t('users.me.newPassword') }}</mat-label>
              <input matInput type="password" formControlName="newPassword" autocomplete="new-password" required />
              <mat-hint>{{ t('users.me.rule', { min: minLength }) }}</mat-hint>
            </mat-form-field>
            @if (error(); as e) { <p role="alert" class="error">{{ t(e.key, e.params) }}</p> }
            @if (state() === 'loaded') { <p role="status">{{ t('users.me.passwordChanged') }}</p> }
            <button mat-flat-button type="submit" [disabled]="form.invalid || state() === 'loading'">{{ t('users.me.change') }}</button>
          </form>
        </mat-card-content>
      </mat-card>
    </section>
  `,
  styles: `
    .page { padding: 16px 24px; display: grid; gap: 16px; max-width: 720px; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
    dt { color: var(--mat-sys-on-surface-variant); }
    dd { margin: 0; }
    .prefs { display: grid; grid-template-columns: max-content 1fr; align-items: center; gap: 12px 16px; }
    .password { display: grid; gap: 8px; max-width: 420px; }
    .error { color: var(--mat-sys-error); }
  `,
})
export class MePage {
  private readonly store = inject(Store);
  protected readonly user = this.store.selectSignal(selectUser);
  protected readonly locale = this.store.selectSignal(selectLocale);
  protected readonly theme = this.store.selectSignal(selectTheme);
  protected readonly state = this.store.selectSignal(selectOwnPassword);
  protected readonly error = computed(() => {
    const e = callError(this.state());
    return e ? userErrorMessage(e) : null;
  });
  protected readonly themes = themeModes;
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    newPassword: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)]],
  });

  constructor() {
    this.store.dispatch(MePageActions.opened());
    // A changed password is not left in the form.
    effect(() => {
      if (this.state() === 'loaded') this.form.reset();
    });
  }

  protected language(locale: Locale): void {
    this.store.dispatch(PreferenceMenuActions.languageSelected({ locale }));
  }

  protected themeChosen(theme: ThemeMode): void {
    this.store.dispatch(PreferenceMenuActions.themeSelected({ theme }));
  }

  protected submit(): void {
    if (this.form.invalid) return;
    this.store.dispatch(MePageActions.passwordChangeSubmitted(this.form.getRawValue()));
  }
}
