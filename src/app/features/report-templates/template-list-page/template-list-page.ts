import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { CreateReportTemplate, ReportTemplateSummary } from '@contract';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { ApiErrorMessage } from '../../../shared/ui/api-error-message';
import { ListPage } from '../../../shared/ui/list-page/list-page';
import { ConfirmDialog, type ConfirmDialogData } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { ListProblem } from '../../../shared/ui/list-page/list-problem';
import { callError } from '../../../shared/util/call-state';
import { pluralKey } from '../../../shared/util/plural';
import {
  TemplateListPageActions,
  reportTemplatesFeature,
  selectCanEditTemplates,
  selectCreateCallState,
  selectJobTypesView,
  selectListView,
} from '../data-access';
import { type JobTypeDefaultChoice, JobTypeDefaults } from '../ui/job-type-defaults/job-type-defaults';
import { NewTemplateDialog } from '../ui/new-template-dialog/new-template-dialog';
import { TemplateTable } from '../ui/template-table/template-table';

/** `/report-templates`: every template, its status and use, and the defaults for new jobs. */
@Component({
  selector: 'fd-template-list-page',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, TranslocoPipe, ApiErrorMessage, ListPage, ListProblem, JobTypeDefaults, TemplateTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './template-list-page.html',
  styleUrl: './template-list-page.scss',
})
export class TemplateListPage {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  private readonly lang = inject(TranslocoService).activeLang;

  protected readonly view = this.store.selectSignal(selectListView);
  protected readonly jobTypesView = this.store.selectSignal(selectJobTypesView);
  protected readonly allTemplates = this.store.selectSignal(reportTemplatesFeature.selectAllTemplates);
  protected readonly canEdit = this.store.selectSignal(selectCanEditTemplates);
  private readonly createState = this.store.selectSignal(selectCreateCallState);
  protected readonly creating = computed(() => this.createState() === 'loading');
  protected readonly error = computed(() => callError(this.view().callState));
  protected readonly jobTypesError = computed(() => callError(this.jobTypesView().callState));
  protected readonly jobTypeNames = computed(() => {
    const french = this.lang() === 'fr';
    return Object.fromEntries(this.jobTypesView().jobTypes.map((t) => [t.code, french ? t.nameFr : t.nameEn]));
  });

  constructor() {
    this.store.dispatch(TemplateListPageActions.opened());
  }

  protected retry(): void {
    this.store.dispatch(TemplateListPageActions.retried());
  }

  protected create(): void {
    this.dialog
      .open<NewTemplateDialog, void, CreateReportTemplate>(NewTemplateDialog)
      .afterClosed()
      .subscribe((input) => {
        if (input) this.store.dispatch(TemplateListPageActions.createSubmitted({ input }));
      });
  }

  protected duplicate(template: ReportTemplateSummary): void {
    this.store.dispatch(TemplateListPageActions.duplicateClicked({ id: template.id }));
  }

  protected archive(template: ReportTemplateSummary): void {
    const data: ConfirmDialogData = {
      titleKey: 'reportTemplates.list.archiveTitle',
      messageKey:
        template.jobCount > 0
          ? pluralKey('reportTemplates.list.archiveMessageUsed', template.jobCount, this.lang())
          : 'reportTemplates.list.archiveMessage',
      confirmKey: 'reportTemplates.list.archive',
      cancelKey: 'common.cancel',
      params: { name: template.name, count: template.jobCount },
    };
    this.dialog
      .open(ConfirmDialog, { data, role: 'alertdialog' })
      .afterClosed()
      .subscribe((yes) => {
        if (yes === true) this.store.dispatch(TemplateListPageActions.archiveConfirmed({ id: template.id }));
      });
  }

  protected restore(template: ReportTemplateSummary): void {
    this.store.dispatch(TemplateListPageActions.restoreClicked({ id: template.id }));
  }

  protected chooseDefault(template: ReportTemplateSummary | null): void {
    this.store.dispatch(TemplateListPageActions.defaultChosen({ templateId: template?.id ?? null }));
  }

  protected chooseJobTypeDefault({ jobType, templateId }: JobTypeDefaultChoice): void {
    this.store.dispatch(
      TemplateListPageActions.jobTypeDefaultChosen({ jobTypeId: jobType.id, version: jobType.version, templateId }),
    );
  }
}
