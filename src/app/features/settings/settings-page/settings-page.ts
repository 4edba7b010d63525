import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import type { CustomFieldDefinition, CustomFieldDefinitionInput, CustomFieldDefinitionPatch, SettingsView } from '@contract';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { map, startWith } from 'rxjs';
import { selectMay } from '../../../core/auth/may';
import type { HasUnsavedChanges } from '../../../core/forms/unsaved-changes.guard';
import { ApiErrorMessage } from '../../../shared/ui/api-error-message';
import { FieldErrorPipe } from '../../../shared/ui/field-error-pipe';
import { callError } from '../../../shared/util/call-state';
import {
  CustomFieldsSectionActions,
  SettingsPageActions,
  selectCustomFieldList,
  selectCustomFieldSave,
  selectCustomFieldsLoad,
  selectSettings,
  selectSettingsLoad,
  selectSettingsSave,
  selectTemplates,
} from '../data-access';
import { FormSection } from '../../../shared/ui/form-section/form-section';
import { CustomFieldSection } from '../ui/custom-field-section/custom-field-section';
import { SettingToggles } from '../ui/setting-toggles/setting-toggles';
import { ALERT_ROLES, CURRENCIES, SETTING_TOGGLES, changedSettings, createSettingsForm, jobNumberPreview, toFormValue } from '../ui/settings-form-model';

/** `/settings`: account-wide settings (administrators change them, other managers read) and custom fields. */
@Component({
  selector: 'fd-settings-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTabsModule,
    TranslocoPipe,
    ApiErrorMessage,
    FieldErrorPipe,
    CustomFieldSection,
    FormSection,
    SettingToggles,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './settings-page.html',
  styleUrl: './settings-page.scss',
})
export class SettingsPage implements HasUnsavedChanges {
  private readonly store = inject(Store);
  protected readonly lang = inject(TranslocoService).activeLang;
  protected readonly alertRoles = ALERT_ROLES;
  protected readonly toggles = SETTING_TOGGLES;

  protected readonly form = createSettingsForm();
  protected readonly canEdit = this.store.selectSignal(selectMay('configuration', 'write'));
  private readonly saved = this.store.selectSignal(selectSettings);
  private readonly loadState = this.store.selectSignal(selectSettingsLoad);
  private readonly saveState = this.store.selectSignal(selectSettingsSave);
  protected readonly templates = this.store.selectSignal(selectTemplates);
  protected readonly fields = this.store.selectSignal(selectCustomFieldList);
  protected readonly fieldsLoad = this.store.selectSignal(selectCustomFieldsLoad);
  protected readonly fieldSave = this.store.selectSignal(selectCustomFieldSave);

  /** The saved settings the edits are based on: their version goes in If-Match. */
  protected readonly base = signal<SettingsView | null>(null);
  private awaitingLatest = false;
  protected readonly loading = computed(() => !this.base() && this.loadState() === 'loading');
  protected readonly loadError = computed(() => (!this.base() ? callError(this.loadState()) : null));
  protected readonly saving = computed(() => this.saveState() === 'loading');
  protected readonly saveError = computed(() => callError(this.saveState()));
  protected readonly conflict = computed(() => this.saveError()?.status === 412 && !this.reloaded());
  protected readonly reloaded = signal(false);
  protected readonly currencies = computed(() => {
    const current = this.base()?.currency;
    return current && !(CURRENCIES as readonly string[]).includes(current) ? [...CURRENCIES, current] : CURRENCIES;
  });
  private readonly formValue = toSignal(this.form.valueChanges.pipe(startWith(null), map(() => this.form.getRawValue())), {
    requireSync: true,
  });
  protected readonly preview = computed(() => jobNumberPreview(this.formValue()));

  constructor() {
    this.store.dispatch(SettingsPageActions.opened());
    effect(() => {
      const settings = this.saved();
      if (settings) untracked(() => this.settingsArrived(settings));
    });
    effect(() => {
      const editable = this.canEdit();
      untracked(() => (editable ? this.form.enable({ emitEvent: false }) : this.form.disable({ emitEvent: false })));
    });
  }

  private settingsArrived(settings: SettingsView): void {
    const base = this.base();
    if (this.awaitingLatest) {
      if (base && settings.version <= base.version) return;
      // After a 412: the form shows the latest settings with the user's edits applied on top.
      this.awaitingLatest = false;
      const edits = base ? changedSettings(base, this.form.getRawValue()) : {};
      this.form.reset(toFormValue({ ...settings, ...edits }));
      this.form.markAsDirty();
      this.reloaded.set(true);
      this.base.set(settings);
      return;
    }
    if (!base || this.form.pristine || this.saveState() === 'loaded') {
      this.form.reset(toFormValue(settings));
      this.base.set(settings);
      this.reloaded.set(false);
    }
  }

  hasUnsavedChanges(): boolean {
    return this.form.dirty;
  }

  protected loadLatest(): void {
    this.awaitingLatest = true;
    this.store.dispatch(SettingsPageActions.latestVersionRequested());
  }

  protected submit(): void {
    const base = this.base();
    if (!base || !this.canEdit()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const patch = changedSettings(base, this.form.getRawValue());
    if (Object.keys(patch).length === 0) {
      this.form.markAsPristine();
      return;
    }
    this.reloaded.set(false);
    this.store.dispatch(SettingsPageActions.saveSubmitted({ version: base.version, patch }));
  }

  protected discard(): void {
    const base = this.base();
    if (base) this.form.reset(toFormValue(base));
    this.reloaded.set(false);
  }

  protected createField(input: CustomFieldDefinitionInput): void {
    this.store.dispatch(CustomFieldsSectionActions.createSubmitted({ input }));
  }

  protected changeField(event: { field: CustomFieldDefinition; changes: CustomFieldDefinitionPatch }): void {
    this.store.dispatch(CustomFieldsSectionActions.changeSubmitted({ id: event.field.id, version: event.field.version, changes: event.changes }));
  }

  protected moveField(event: { field: CustomFieldDefinition; other: CustomFieldDefinition }): void {
    this.store.dispatch(CustomFieldsSectionActions.moved(event));
  }
}
