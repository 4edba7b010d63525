import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { evaluateReport } from '@contract/rules';
import type { JobAnswer, JobReport as Report, JobReserve, TemplateDefinition } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { StatusChip } from '../status-chip/status-chip';
import { LocalDatePipe } from '../local-date-pipe';
import { ReportAnswer, type PhotoOpened } from './report-answer';
import type { TemplateField } from '@contract';
import { originalUrl, thumbnailUrl } from './answer-display';

const RESERVE_TONES = { unresolved: 'error', resolved: 'primary', compliant: 'secondary' } as const;

/** The report as the technicians filled it: families in order, answers read-only, reserves, photos, signatures. */
@Component({
  selector: 'fd-job-report',
  imports: [TranslocoPipe, StatusChip, LocalDatePipe, ReportAnswer, MatButtonModule, MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (onlyFlagged() && !families().length) {
      <p class="muted">{{ 'jobReport.report.nothingFlagged' | transloco }}</p>
    }
    @for (family of families(); track family.id) {
      <section class="family" [attr.aria-labelledby]="'family-' + family.id">
        <h3 [id]="'family-' + family.id">{{ family.label }}</h3>
        <dl>
          @for (row of family.rows; track row.field.id) {
            <div class="field">
              <dt>
                <span class="label">{{ row.field.label }}</span>
                @if (editable() && row.field.type !== 'signature' && row.field.type !== 'photo') {
                  <button mat-icon-button type="button" class="edit" (click)="edit.emit(row.field)"
                    [attr.aria-label]="'jobReport.report.edit' | transloco: { field: row.field.label }">
                    <mat-icon aria-hidden="true">edit</mat-icon>
                  </button>
                }
              </dt>
              <dd>
                <fd-report-answer [field]="row.field" [answer]="row.answer" [lang]="lang()" [lightbox]="lightbox()" (photoOpened)="photoOpened.emit($event)" />
                @for (r of row.reserves; track r.id) {
                  <div class="reserve">
                    <fd-status-chip [label]="'jobReport.reserveStatus.' + r.status | transloco" [tone]="tone(r)" />
                    <span>{{ 'jobReport.report.reserve' | transloco }} — {{ r.description }}</span>
                    <span class="muted">{{ r.raisedByName }}, {{ r.raisedAt | localDate }}</span>
                  </div>
                }
              </dd>
            </div>
          }
        </dl>
      </section>
    }
    @if (loose().length) {
      <section class="family" aria-labelledby="report-attachments">
        <h3 id="report-attachments">{{ 'jobReport.report.attachments' | transloco }}</h3>
        <ul class="attachments">
          @for (a of loose(); track a.id) {
            <li>
              @if (a.kind === 'photo') {
                <a [href]="original(a.id)" target="_blank" rel="noopener" (click)="openLoose($event, a.id)">
                  <img [src]="thumbnail(a.id)" [alt]="a.description || ('jobReport.attachmentKind.photo' | transloco)" loading="lazy" />
                </a>
              } @else {
                <span class="barcode">{{ a.barcodeValue }}</span>
              }
              @if (a.description) {
                <span>{{ a.description }}</span>
              }
            </li>
          }
        </ul>
      </section>
    }
    @if (report().signatures.length) {
      <section class="family" aria-labelledby="report-signatures">
        <h3 id="report-signatures">{{ 'jobReport.report.signatures' | transloco }}</h3>
        <div class="signatures">
          @for (s of report().signatures; track s.signer) {
            <figure>
              <img [src]="s.image" [alt]="'jobReport.report.signatureOf' | transloco: { name: s.signerName }" />
              <figcaption>
                {{ 'jobReport.signer.' + s.signer | transloco }} — {{ s.signerName }}
                <span class="muted">{{ s.signedAt | localDate }}</span>
              </figcaption>
            </figure>
          }
        </div>
      </section>
    }
  `,
  styles: `
    .family {
      margin-bottom: 16px;
    }
    h3 {
      font: var(--mat-sys-title-medium);
      margin: 16px 0 8px;
    }
    dl {
      margin: 0;
    }
    .field {
      display: grid;
      grid-template-columns: minmax(160px, 1fr) 2fr;
      gap: 12px;
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    dt {
      font: var(--mat-sys-label-large);
    }
    .edit {
      vertical-align: middle;
    }
    dd {
      margin: 0;
    }
    .reserve {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
      margin-top: 6px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .attachments {
      list-style: none;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      li {
        display: flex;
        flex-direction: column;
        gap: 4px;
        max-width: 140px;
      }
      img {
        width: 120px;
        height: 120px;
        object-fit: cover;
        border-radius: 8px;
      }
    }
    .barcode {
      font-family: monospace;
    }
    .signatures {
      display: flex;
      flex-wrap: wrap;
      gap: 24px;
      figure {
        margin: 0;
      }
      img {
        max-width: 260px;
        max-height: 110px;
        background: #fff;
        border: 1px solid var(--mat-sys-outline-variant);
        border-radius: 4px;
      }
    }
  `,
})
export class JobReport {
  readonly definition = input<TemplateDefinition | null>(null);
  readonly report = input.required<Report>();
  readonly lang = input('en');
  /** Show only the fields a reviewer must look at: with a reserve or a comment. */
  readonly onlyFlagged = input(false);
  /** An edit button per field (office corrections). */
  readonly editable = input(false);
  readonly lightbox = input(false);
  readonly edit = output<TemplateField>();
  readonly photoOpened = output<PhotoOpened>();

  /** Fields the technician was shown (conditions as in the app, evaluateReport); a hidden field's answer does not count (countedAnswers), so it never shows. */
  protected readonly families = computed(() => {
    const report = this.report();
    const onlyFlagged = this.onlyFlagged();
    const definition = this.definition() ?? { families: [] };
    const answers = new Map<string, JobAnswer>(report.answers.map((a) => [a.fieldId, a]));
    const evaluation = evaluateReport(definition, Object.fromEntries(report.answers.map((a) => [a.fieldId, a.value])));
    return definition.families
      .map((family) => ({
        id: family.id,
        label: family.label,
        rows: family.fields
          .filter((field) => evaluation.fields[field.id]?.visible !== false)
          .map((field) => ({
            field,
            answer: answers.get(field.id) ?? null,
            reserves: report.reserves.filter((r) => r.fieldId === field.id),
          }))
          .filter((row) => !onlyFlagged || row.reserves.length > 0 || !!row.answer?.comment),
      }))
      .filter((family) => family.rows.length > 0);
  });

  /** Photos and barcodes not answering a photo field (those show beside their field). */
  protected readonly loose = computed(() => {
    const report = this.report();
    const inFields = new Set(
      report.answers.flatMap((a) => (Array.isArray(a.value) ? a.value.filter((v): v is string => typeof v === 'string') : [])),
    );
    return report.attachments.filter((a) => (a.kind === 'photo' || a.kind === 'barcode') && !inFields.has(a.id));
  });

  /** Open photos in the page's lightbox instead of a new tab. */
  protected openLoose(event: Event, id: string): void {
    if (!this.lightbox()) return;
    event.preventDefault();
    const ids = this.loose().filter((a) => a.kind === 'photo').map((a) => a.id);
    this.photoOpened.emit({ ids, index: ids.indexOf(id) });
  }

  protected tone(reserve: JobReserve) {
    return RESERVE_TONES[reserve.status];
  }

  protected readonly thumbnail = thumbnailUrl;
  protected readonly original = originalUrl;
}
