import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { Customer } from '@contract';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import type { HasUnsavedChanges } from '../../../core/forms/unsaved-changes.guard';
import { ApiErrorMessage } from '../../../shared/ui/api-error-message';
import { callError } from '../../../shared/util/call-state';
import { injectFocusFirstInvalid } from '../../../shared/util/focus-first-invalid';
import { VersionedEdit } from '../../../shared/util/versioned-edit';
import {
  CustomerFormPageActions,
  selectActiveFieldDefinitions,
  selectDetailCallState,
  selectSaveCallState,
  selectSelectedCustomer,
} from '../data-access';
import { CustomerEntries } from '../ui/customer-entries/customer-entries';
import { contactEntries, siteEntries } from '../ui/customer-entries/customer-entry-kinds';
import { customFieldValues, keepCustomFieldControlsInStep, syncCustomFieldControls } from '../../../shared/ui/custom-fields/custom-field-controls';
import { CustomFieldInputs } from '../../../shared/ui/custom-fields/custom-field-inputs';
import { EditConflict } from '../../../shared/ui/edit-conflict/edit-conflict';
import { FormFields, type FormFieldRow } from '../../../shared/ui/form-fields/form-fields';
import { FormSection } from '../../../shared/ui/form-section/form-section';
import {
  type FieldIssue,
  applyFieldIssues,
  createContactGroup,
  createCustomerForm,
  createSiteGroup,
  fieldIssuesFrom,
  fillCustomerForm,
  toCustomerInput,
} from '../ui/customer-form-model';
import { changedFields } from './changed-fields';
import { dispatchOnChange } from '../../../shared/util/dispatch-on-change';

const generalRows: readonly FormFieldRow[] = [
  [{ name: 'name', label: 'customers.form.name', required: true, autocomplete: 'organization' }],
  [
    { name: 'email', label: 'customers.form.email', type: 'email', autocomplete: 'email' },
    { name: 'phone', label: 'customers.form.phone', type: 'tel', autocomplete: 'tel' },
  ],
  [{ name: 'notes', label: 'customers.form.notes', type: 'textarea', rows: 3 }],
];

/** The repeatable lists under the general fields, in this order. */
const entryLists = [
  { list: 'sites', kind: siteEntries },
  { list: 'contacts', kind: contactEntries },
] as const;

/** `/customers/new` and `/customers/:id/edit`. */
@Component({
  selector: 'fd-customer-form-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    ApiErrorMessage,
    FormFields,
    CustomerEntries,
    CustomFieldInputs,
    FormSection,
    EditConflict,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './customer-form-page.html',
  styleUrl: './customer-form-page.scss',
})
export class CustomerFormPage implements HasUnsavedChanges {
  private readonly store = inject(Store);
  private readonly focusFirstInvalid = injectFocusFirstInvalid();
  protected readonly generalRows = generalRows;
  protected readonly entryLists = entryLists;
  protected readonly customFieldDefinitions = this.store.selectSignal(selectActiveFieldDefinitions);
  protected readonly lang = inject(TranslocoService).activeLang;
  /** From the route; absent on `/customers/new`. */
  readonly id = input<string | undefined>(undefined);

  protected readonly form = createCustomerForm();
  protected readonly isEdit = computed(() => !!this.id());

  private readonly customer = this.store.selectSignal(selectSelectedCustomer);
  private readonly loadState = this.store.selectSignal(selectDetailCallState);
  private readonly saveState = this.store.selectSignal(selectSaveCallState);
  protected readonly saving = computed(() => this.saveState() === 'loading');
  protected readonly loadError = computed(() => (this.isEdit() ? callError(this.loadState()) : null));
  protected readonly loading = computed(() => this.isEdit() && !this.baseVersion() && this.loadState() === 'loading');
  protected readonly saveError = computed(() => callError(this.saveState()));
  protected readonly conflict = computed(() => this.saveError()?.status === 412 && !this.latest());
  protected readonly generalError = computed(() => {
    const error = this.saveError();
    return error && error.status !== 412 && error.status !== 400 ? error : null;
  });

  private readonly versions = new VersionedEdit<Customer>(this.form);
  protected readonly baseVersion = this.versions.baseVersion;
  protected readonly latest = this.versions.latest;
  protected readonly unmatchedIssues = signal<FieldIssue[]>([]);
  /** Read on each render (not memoised): the form's values are not signals. */
  protected differences() {
    const latest = this.latest();
    return latest ? changedFields(latest, this.form) : [];
  }

  constructor() {
    dispatchOnChange(() => this.id() ?? null, (id) => CustomerFormPageActions.opened({ id }));
    effect(() => {
      const customer = this.customer();
      if (!customer || !this.isEdit()) return;
      untracked(() => this.customerArrived(customer));
    });
    keepCustomFieldControlsInStep(this.form.controls.customFields, this.customFieldDefinitions, () => {
      this.baseVersion();
      return this.isEdit() ? this.customer()?.customFields : {};
    });
    effect(() => {
      const error = this.saveError();
      if (error?.status !== 400) return;
      untracked(() => {
        this.unmatchedIssues.set(applyFieldIssues(this.form, fieldIssuesFrom(error.details)));
        this.focusFirstInvalid();
      });
    });
  }

  private customerArrived(customer: Customer): void {
    if (this.versions.arrived(customer) === 'fill') fillCustomerForm(this.form, customer);
  }

  hasUnsavedChanges(): boolean {
    return this.form.dirty && this.saveState() !== 'loaded';
  }

  /** A blank site or contact at the end; the form counts as changed (leaving asks first). */
  protected add(list: 'sites' | 'contacts'): void {
    if (list === 'sites') this.form.controls.sites.push(createSiteGroup());
    else this.form.controls.contacts.push(createContactGroup());
    this.form.markAsDirty();
  }

  protected remove(list: 'sites' | 'contacts', index: number): void {
    this.form.controls[list].removeAt(index);
    this.form.markAsDirty();
  }

  protected loadLatest(): void {
    const id = this.id();
    if (id) this.versions.requestLatest(() => this.store.dispatch(CustomerFormPageActions.latestVersionRequested({ id })));
  }

  protected useLatest(): void {
    this.versions.useLatest((latest) => {
      fillCustomerForm(this.form, latest);
      syncCustomFieldControls(this.form.controls.customFields, this.customFieldDefinitions(), latest.customFields);
    });
  }

  protected submit(): void {
    this.unmatchedIssues.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    const id = this.id();
    const version = this.baseVersion();
    if (id && version !== null) {
      const input = toCustomerInput(this.form, customFieldValues(this.form.controls.customFields, this.customer()?.customFields));
      this.latest.set(null);
      this.store.dispatch(CustomerFormPageActions.updateSubmitted({ id, version, input }));
    } else if (!id) {
      const values = customFieldValues(this.form.controls.customFields);
      const input = toCustomerInput(this.form, Object.keys(values).length > 0 ? values : undefined);
      this.store.dispatch(CustomerFormPageActions.createSubmitted({ input }));
    }
  }
}
