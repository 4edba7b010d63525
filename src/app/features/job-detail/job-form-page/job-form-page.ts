import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule, type MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import type { CustomerSummary } from '@contract';
import type { JobDetail } from '@contract/jobs';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { debounceTime, distinctUntilChanged, filter, map } from 'rxjs';
import type { HasUnsavedChanges } from '../../../core/forms/unsaved-changes.guard';
import { Notifier } from '../../../core/notifications/notifier';
import { ApiErrorMessage } from '../../../shared/ui/api-error-message';
import { FieldErrorPipe } from '../../../shared/ui/field-error-pipe';
import { callError } from '../../../shared/util/call-state';
import { INVALID_TEXT_FIELDS, injectFocusFirstInvalid } from '../../../shared/util/focus-first-invalid';
import { formatLocalDate } from '../../../shared/util/format';
import { VersionedEdit } from '../../../shared/util/versioned-edit';
import {
  JobDocumentFiles,
  JobFormPageActions,
  type OverlapQuery,
  jobFormFeature,
  jobLookupsFeature,
  selectJob,
  selectLoad,
  selectSave,
  selectSaved,
} from '../data-access';
import { customFieldValues, keepCustomFieldControlsInStep, syncCustomFieldControls } from '../../../shared/ui/custom-fields/custom-field-controls';
import { CustomFieldInputs } from '../../../shared/ui/custom-fields/custom-field-inputs';
import { EditConflict } from '../../../shared/ui/edit-conflict/edit-conflict';
import { FormSection } from '../../../shared/ui/form-section/form-section';
import {
  type CustomerChoice,
  applyDescriptionRule,
  createJobForm,
  fillJobForm,
  goesToPool,
  plannedTimes,
  toJobInput,
  toJobPatch,
} from '../ui/job-form-model';
import { type ChangedFieldNames, changedJobFields } from './changed-fields';
import { provideAppDates } from '../../../shared/util/app-dates';
import { dispatchOnChange } from '../../../shared/util/dispatch-on-change';

interface Issue {
  path: string;
  message: string;
}

function issuesFrom(details: unknown): Issue[] {
  const list = Array.isArray(details) ? details : (details as { issues?: unknown } | null)?.issues;
  if (!Array.isArray(list)) return [];
  return list.map((issue: { path?: unknown; message?: unknown }) => ({
    path: Array.isArray(issue?.path) ? issue.path.join('.') : String(issue?.path ?? ''),
    message: typeof issue?.message === 'string' ? issue.message : '',
  }));
}

/** `/jobs/new` and `/jobs/:number/edit`. */
@Component({
  selector: 'fd-job-form-page',
  providers: provideAppDates(),
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
    RouterLink,
    TranslocoPipe,
    ApiErrorMessage,
    FieldErrorPipe,
    CustomFieldInputs,
    FormSection,
    EditConflict,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './job-form-page.html',
  styleUrl: './job-form-page.scss',
})
export class JobFormPage implements HasUnsavedChanges {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly documentFiles = inject(JobDocumentFiles);
  private readonly notifier = inject(Notifier);
  // Selects and the form's own messages count too: they say what is wrong where no text field does.
  private readonly focusFirstInvalidField = injectFocusFirstInvalid(`${INVALID_TEXT_FIELDS}, mat-select[aria-invalid="true"], .form-error`);
  private readonly destroyRef = inject(DestroyRef);
  /** What the form chooses from (read by the jobLookups slice). */
  protected readonly lookups = {
    settings: this.store.selectSignal(jobLookupsFeature.selectSettings),
    jobTypes: this.store.selectSignal(jobLookupsFeature.selectJobTypeList),
    templates: this.store.selectSignal(jobLookupsFeature.selectTemplateList),
    technicians: this.store.selectSignal(jobLookupsFeature.selectTechnicianList),
    customFields: this.store.selectSignal(jobLookupsFeature.selectCustomFieldList),
    failed: this.store.selectSignal(jobLookupsFeature.selectFailed),
  };
  protected readonly lang = inject(TranslocoService).activeLang;
  /** From the route; absent on `/jobs/new`. */
  readonly number = input<string | undefined>(undefined);

  protected readonly form = createJobForm();
  protected readonly isEdit = computed(() => !!this.number());
  /** Every change of the form, as a signal, so hints and warnings follow the typing. */
  private readonly formValue = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  private readonly formStatus = toSignal(this.form.statusChanges, { initialValue: this.form.status });

  private readonly job = this.store.selectSignal(selectJob);
  private readonly loadState = this.store.selectSignal(selectLoad);
  private readonly saveState = this.store.selectSignal(selectSave);
  private readonly saved = this.store.selectSignal(selectSaved);
  private readonly upload = this.store.selectSignal(jobFormFeature.selectUpload);
  protected readonly uploading = computed(() => this.upload().callState === 'loading');
  protected readonly saving = computed(() => this.saveState() === 'loading' || this.uploading());
  protected readonly loading = computed(() => this.isEdit() && this.baseVersion() === null && this.loadState() === 'loading');
  protected readonly loadError = computed(() => (this.isEdit() && this.baseVersion() === null ? callError(this.loadState()) : null));
  protected readonly saveError = computed(() => callError(this.saveState()));
  protected readonly conflict = computed(() => this.saveError()?.status === 412 && !this.latest());
  protected readonly generalError = computed(() => {
    const error = this.saveError();
    return error && error.status !== 412 ? error : null;
  });
  protected readonly issues = computed(() => issuesFrom(this.saveError()?.details));

  private readonly versions = new VersionedEdit<JobDetail>(this.form);
  protected readonly baseVersion = this.versions.baseVersion;
  private readonly base = signal<JobDetail | null>(null);
  protected readonly latest = this.versions.latest;

  protected readonly suggestions = this.store.selectSignal(jobFormFeature.selectSuggestions);
  protected readonly searching = this.store.selectSignal(jobFormFeature.selectSearching);
  private readonly customer = this.store.selectSignal(jobFormFeature.selectCustomer);
  protected readonly sites = computed(() => this.customer().sites);
  protected readonly contacts = computed(() => this.customer().contacts);
  protected readonly overlaps = this.store.selectSignal(jobFormFeature.selectOverlaps);
  protected readonly files = signal<File[]>([]);

  protected readonly activeCustomFields = computed(() => this.lookups.customFields().filter((d) => d.active));
  protected readonly descriptionMandatory = computed(() => this.lookups.settings()?.jobDescriptionMandatory ?? false);
  protected readonly goesToPool = computed(() => {
    this.formValue();
    return goesToPool(this.form);
  });
  protected readonly formErrors = computed(() => {
    this.formValue();
    this.formStatus();
    return this.form.errors ?? {};
  });
  protected readonly submitted = signal(false);

  constructor() {
    dispatchOnChange(() => this.number() ?? null, (number) => JobFormPageActions.opened({ number }));
    effect(() => {
      const job = this.job();
      if (!job || !this.isEdit() || job.number !== this.number()) return;
      untracked(() => this.jobArrived(job));
    });
    effect(() => {
      const mandatory = this.descriptionMandatory();
      untracked(() => applyDescriptionRule(this.form, mandatory));
    });
    effect(() => {
      const settings = this.lookups.settings();
      if (!settings || this.isEdit()) return;
      untracked(() => {
        if (this.form.controls.schedule.pristine) this.form.controls.schedule.setValue(settings.draftMode ? 'draft' : 'scheduled');
      });
    });
    keepCustomFieldControlsInStep(this.form.controls.customFields, this.lookups.customFields, () =>
      this.isEdit() ? this.base()?.customFields : {},
    );
    effect(() => {
      const saved = this.saved();
      if (saved && this.saveState() === 'loaded') untracked(() => this.afterSave(saved));
    });
    effect(() => {
      const upload = this.upload();
      const saved = this.saved();
      if (saved && upload.total > 0 && upload.callState === 'loaded') untracked(() => this.openSaved(saved, upload.failed));
    });
    effect(() => {
      const proposal = this.customer().proposal;
      if (proposal) untracked(() => this.form.patchValue(proposal));
    });
    effect(() => {
      if (this.saveError()?.status === 400 || this.saveError()?.status === 422) untracked(() => this.focusFirstInvalidField());
    });
    this.searchCustomersWhileTyping();
    this.warnAboutOverlaps();
  }

  private jobArrived(job: JobDetail): void {
    const arrival = this.versions.arrived(job);
    if (arrival === 'ignore') return;
    if (arrival === 'latest') {
      this.base.set(job);
      return;
    }
    fillJobForm(this.form, job);
    this.form.controls.customer.disable({ emitEvent: false });
    this.base.set(job);
    this.loadCustomer(job.customer.id, false);
  }

  hasUnsavedChanges(): boolean {
    return (this.form.dirty || this.files().length > 0) && this.saveState() !== 'loaded';
  }

  private searchCustomersWhileTyping(): void {
    this.form.controls.customer.valueChanges
      .pipe(
        filter((value): value is string => typeof value === 'string'),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((q) => this.store.dispatch(JobFormPageActions.customerTyped({ q })));
  }

  private warnAboutOverlaps(): void {
    this.form.valueChanges
      .pipe(
        debounceTime(400),
        map((): OverlapQuery | null => {
          const { plannedStart, plannedEnd } = plannedTimes(this.form);
          const v = this.form.getRawValue();
          const technicianIds = [v.managerId, ...v.auxiliaryIds].filter((id): id is string => !!id);
          return plannedStart && plannedEnd && plannedEnd > plannedStart && technicianIds.length
            ? { technicianIds, start: plannedStart, end: plannedEnd, excludeJobId: this.base()?.id ?? null }
            : null;
        }),
        distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((query) => this.store.dispatch(JobFormPageActions.scheduleChanged({ query })));
  }

  protected displayCustomer(value: CustomerChoice | string | null): string {
    if (!value) return '';
    return typeof value === 'string' ? value : value.name;
  }

  protected customerPicked(event: MatAutocompleteSelectedEvent): void {
    const customer = event.option.value as CustomerSummary;
    this.form.controls.customer.setValue({ id: customer.id, name: customer.name, code: customer.code });
    this.loadCustomer(customer.id, true);
  }

  /** The chosen customer's sites and contacts; a new pick proposes its first site and primary contact. */
  private loadCustomer(id: string, propose: boolean): void {
    this.store.dispatch(JobFormPageActions.customerChosen({ id, propose }));
  }

  /** A new job type proposes its default template (then the global default) unless one was chosen by hand. */
  protected jobTypeChosen(jobTypeId: string): void {
    const template = this.form.controls.templateId;
    if (this.isEdit() || template.dirty) return;
    const jobType = this.lookups.jobTypes().find((t) => t.id === jobTypeId);
    const proposed = jobType?.defaultTemplateId ?? this.lookups.settings()?.defaultTemplateId ?? null;
    if (proposed && this.lookups.templates().some((t) => t.id === proposed)) template.setValue(proposed);
  }

  protected technicianName(id: string | null): string {
    return this.lookups.technicians().find((t) => t.id === id)?.displayName ?? '';
  }

  protected jobTypeName(id: string | null): string {
    const type = this.lookups.jobTypes().find((t) => t.id === id);
    return type ? (this.lang() === 'fr' ? type.nameFr : type.nameEn) : '';
  }

  protected filesChosen(list: FileList | null): void {
    if (!list?.length) return;
    this.files.update((files) => [...files, ...Array.from(list)]);
  }

  protected removeFile(index: number): void {
    this.files.update((files) => files.filter((_, i) => i !== index));
  }

  /** Read on each render (not memoised): the form's values are not all signals. */
  protected differences() {
    const latest = this.latest();
    if (!latest) return [];
    const names: ChangedFieldNames = {
      site: (id) => this.sites().find((s) => s.id === id)?.name ?? (latest.site?.id === id ? latest.site.name : ''),
      contact: (id) => this.contacts().find((c) => c.id === id)?.name ?? (latest.contact?.id === id ? latest.contact.name : ''),
      technician: (id) => this.technicianName(id) || (latest.technicians.find((t) => t.userId === id)?.name ?? ''),
      jobType: (id) => this.jobTypeName(id),
      template: (id) => this.lookups.templates().find((t) => t.id === id)?.name ?? (latest.template?.id === id ? latest.template.name : ''),
      instant: (iso) => formatLocalDate(iso, this.lang()),
    };
    return changedJobFields(latest, this.form, names);
  }

  protected loadLatest(): void {
    const number = this.number();
    if (number) this.versions.requestLatest(() => this.store.dispatch(JobFormPageActions.latestVersionRequested({ number })));
  }

  protected useLatest(): void {
    this.versions.useLatest((latest) => {
      fillJobForm(this.form, latest);
      syncCustomFieldControls(this.form.controls.customFields, this.lookups.customFields(), latest.customFields);
    });
  }

  protected submit(): void {
    this.submitted.set(true);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalidField();
      return;
    }
    const base = this.base();
    const version = this.baseVersion();
    if (this.isEdit() && base && version !== null) {
      const values = customFieldValues(this.form.controls.customFields, base.customFields);
      this.latest.set(null);
      this.store.dispatch(JobFormPageActions.updateSubmitted({ id: base.id, version, patch: toJobPatch(this.form, base, values) }));
    } else if (!this.isEdit()) {
      this.store.dispatch(JobFormPageActions.createSubmitted({ input: toJobInput(this.form, customFieldValues(this.form.controls.customFields)) }));
    }
  }

  /** Documents go up once the job exists; then the job's page opens. */
  private afterSave(job: JobDetail): void {
    const files = this.files();
    if (!files.length) return this.openSaved(job, []);
    this.store.dispatch(JobFormPageActions.documentsSubmitted({ jobId: job.id, documents: this.documentFiles.keep(files) }));
  }

  private openSaved(job: JobDetail, failed: readonly string[]): void {
    this.form.markAsPristine();
    this.files.set([]);
    if (failed.length) this.notifier.info('jobDetail.form.uploadFailed', { number: job.number, names: failed.join(', ') });
    else this.notifier.info(this.isEdit() ? 'jobDetail.form.saved' : 'jobDetail.form.created', { number: job.number });
    void this.router.navigate(['/jobs', job.number]);
  }
}
