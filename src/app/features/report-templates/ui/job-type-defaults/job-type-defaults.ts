import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import type { JobType, ReportTemplateSummary } from '@contract';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

export interface JobTypeDefaultChoice {
  jobType: JobType;
  templateId: string | null;
}

/** Which template a new job of each type starts with; choices are published templates. */
@Component({
  selector: 'fd-job-type-defaults',
  imports: [MatFormFieldModule, MatSelectModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="job-types">
      @for (jobType of jobTypes(); track jobType.id) {
        <li>
          <span class="name" [id]="'job-type-' + jobType.id">{{ nameOf(jobType) }}</span>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'reportTemplates.jobTypes.template' | transloco }}</mat-label>
            <mat-select
              [value]="jobType.defaultTemplateId"
              [disabled]="!canEdit()"
              [attr.aria-describedby]="'job-type-' + jobType.id"
              (selectionChange)="chosen.emit({ jobType, templateId: $event.value })"
            >
              <mat-option [value]="null">{{ 'reportTemplates.jobTypes.none' | transloco }}</mat-option>
              @for (t of optionsFor(jobType); track t.id) {
                <mat-option [value]="t.id">{{ t.name }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        </li>
      }
    </ul>
  `,
  styles: `
    .job-types {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(320px, 1fr));
      gap: 8px 24px;
    }
    li {
      display: flex;
      align-items: center;
      gap: 12px;
    }
    .name {
      flex: 0 0 120px;
      font: var(--mat-sys-title-small);
    }
    mat-form-field {
      flex: 1 1 auto;
    }
  `,
})
export class JobTypeDefaults {
  private readonly lang = inject(TranslocoService).activeLang;
  readonly jobTypes = input.required<JobType[]>();
  /** Every template: the published ones are offered, and a current default is always shown. */
  readonly templates = input.required<ReportTemplateSummary[]>();
  readonly canEdit = input(false);
  readonly chosen = output<JobTypeDefaultChoice>();

  private readonly published = computed(() => this.templates().filter((t) => t.status === 'published'));

  protected optionsFor(jobType: JobType): ReportTemplateSummary[] {
    const current = this.templates().find((t) => t.id === jobType.defaultTemplateId);
    const published = this.published();
    return current && !published.includes(current) ? [...published, current] : published;
  }

  protected nameOf(jobType: JobType): string {
    return this.lang() === 'fr' ? jobType.nameFr : jobType.nameEn;
  }
}
