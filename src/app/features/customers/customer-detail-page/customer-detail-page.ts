import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { selectMay } from '../../../core/auth/may';
import { ApiErrorMessage } from '../../../shared/ui/api-error-message';
import { ListProblem } from '../../../shared/ui/list-page/list-problem';
import { RelativeTimePipe } from '../../../shared/ui/relative-time-pipe';
import { LocalDatePipe } from '../../../shared/ui/local-date-pipe';
import { callError } from '../../../shared/util/call-state';
import {
  CustomerDetailPageActions,
  selectDetailCallState,
  selectFieldDefinitions,
  selectInstalledUnits,
  selectJobs,
  selectSelectedCustomer,
} from '../data-access';
import { CustomFieldValues } from '../../../shared/ui/custom-fields/custom-field-values';
import { CustomerContacts } from '../ui/customer-contacts/customer-contacts';
import { CustomerJobs } from '../ui/customer-jobs/customer-jobs';
import { CustomerSites } from '../ui/customer-sites/customer-sites';
import { InstalledUnits } from '../ui/installed-units/installed-units';
import { emailLink, phoneLink } from '../ui/contact-links';
import { dispatchOnChange } from '../../../shared/util/dispatch-on-change';

@Component({
  selector: 'fd-customer-detail-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    ApiErrorMessage,
    ListProblem,
    LocalDatePipe,
    RelativeTimePipe,
    CustomerContacts,
    CustomerJobs,
    CustomerSites,
    InstalledUnits,
    CustomFieldValues,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './customer-detail-page.html',
  styleUrl: './customer-detail-page.scss',
})
export class CustomerDetailPage {
  private readonly store = inject(Store);
  protected readonly customFieldDefinitions = this.store.selectSignal(selectFieldDefinitions);
  protected readonly lang = inject(TranslocoService).activeLang;
  /** From the route (`/customers/:id`). */
  readonly id = input.required<string>();

  protected readonly customer = this.store.selectSignal(selectSelectedCustomer);
  /** The customer's phone and email, each a link when it has one. */
  protected readonly waysToReach = computed(() => {
    const customer = this.customer();
    return [
      { term: 'customers.detail.phone', link: customer?.phone ? phoneLink(customer.phone) : null },
      { term: 'customers.detail.email', link: customer?.email ? emailLink(customer.email) : null },
    ];
  });
  private readonly callState = this.store.selectSignal(selectDetailCallState);
  protected readonly jobs = this.store.selectSignal(selectJobs);
  protected readonly loading = computed(() => this.callState() === 'loading' && !this.customer());
  protected readonly error = computed(() => callError(this.callState()));
  protected readonly notFound = computed(() => this.error()?.status === 404);
  protected readonly jobsError = computed(() => callError(this.jobs().callState));
  /** "Installed equipment": read-only, owned by the depot side. */
  protected readonly installed = this.store.selectSignal(selectInstalledUnits);
  protected readonly installedError = computed(() => callError(this.installed().callState));
  protected readonly canEdit = this.store.selectSignal(selectMay('customers', 'write'));

  constructor() {
    dispatchOnChange(this.id, (id) => CustomerDetailPageActions.opened({ id }));
  }

  protected retry(): void {
    this.store.dispatch(CustomerDetailPageActions.retried({ id: this.id() }));
  }

  protected loadMoreJobs(): void {
    this.store.dispatch(CustomerDetailPageActions.moreJobsRequested({ id: this.id() }));
  }
}
