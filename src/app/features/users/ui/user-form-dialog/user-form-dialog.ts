import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { roles } from '@contract/rules';
import type { Locale, Role, User } from '@contract';

export interface UserFormResult {
  email: string;
  displayName: string;
  role: Role;
  phone: string | null;
  locale: Locale;
}

/** Create (user null) or edit a user; closes with the form's values, the page turns them into an event. */
@Component({
  selector: 'fd-user-form-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ (user ? 'users.form.editTitle' : 'users.form.newTitle') | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content class="fields">
        <mat-form-field>
          <mat-label>{{ 'users.fields.email' | transloco }}</mat-label>
          <input matInput formControlName="email" type="email" autocomplete="off" required />
          @if (form.controls.email.hasError('email')) { <mat-error>{{ 'users.form.invalidEmail' | transloco }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'users.fields.displayName' | transloco }}</mat-label>
          <input matInput formControlName="displayName" required maxlength="100" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'users.fields.role' | transloco }}</mat-label>
          <mat-select formControlName="role">
            @for (role of roles; track role) { <mat-option [value]="role">{{ 'roles.' + role | transloco }}</mat-option> }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'users.fields.phone' | transloco }}</mat-label>
          <input matInput formControlName="phone" type="tel" maxlength="30" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'users.fields.locale' | transloco }}</mat-label>
          <mat-select formControlName="locale">
            <mat-option value="en">English</mat-option>
            <mat-option value="fr">Français</mat-option>
          </mat-select>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="form.invalid">{{ (user ? 'users.form.save' : 'users.form.create') | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `.fields { display: grid; gap: 4px; min-width: min(420px, 80vw); }`,
})
export class UserFormDialog {
  protected readonly user = inject<User | null>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<UserFormDialog, UserFormResult>>(MatDialogRef);
  protected readonly roles = roles;
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: [this.user?.email ?? '', [Validators.required, Validators.email]],
    displayName: [this.user?.displayName ?? '', [Validators.required, Validators.maxLength(100)]],
    role: [this.user?.role ?? ('technician' as Role), Validators.required],
    phone: [this.user?.phone ?? ''],
    locale: [this.user?.locale ?? ('en' as Locale)],
  });

  constructor() {
    if (this.user) this.form.controls.email.disable();
  }

  protected submit(): void {
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    this.ref.close({ ...v, displayName: v.displayName.trim(), phone: v.phone.trim() || null });
  }
}
