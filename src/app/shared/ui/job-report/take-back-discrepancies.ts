import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { JobTakeBack, TakeBackDiscrepancy } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalDatePipe } from '../local-date-pipe';

/** A take-back with its discrepancy (recorded at another customer or in a depot). */
export type FlaggedTakeBack = JobTakeBack & { discrepancy: TakeBackDiscrepancy };

/** The take-backs of a job whose serial was recorded somewhere else, open ones first (then in the job's order). */
export function flaggedTakeBacks(takeBacks: readonly JobTakeBack[]): FlaggedTakeBack[] {
  const flagged = takeBacks.filter((t): t is FlaggedTakeBack => !!t.discrepancy);
  return [...flagged.filter((t) => !t.discrepancy.resolution), ...flagged.filter((t) => !!t.discrepancy.resolution)];
}

/**
 * Issue 14 §1: each take-back of a serial recorded somewhere else, said plainly ("Recorded at customer
 * B — taken back here on J-123"), with the office's answer once given. `actionable` shows Confirm
 * move / Correct serial on the open ones; the page decides what they do.
 */
@Component({
  selector: 'fd-take-back-discrepancies',
  imports: [TranslocoPipe, MatButtonModule, MatIconModule, RouterLink, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (t of flagged(); track t.id) {
      @let d = t.discrepancy;
      <div class="discrepancy" [class.open]="!d.resolution" role="group" [attr.aria-label]="'jobReport.discrepancy.label' | transloco: { serial: t.serial }">
        <mat-icon aria-hidden="true" class="icon">{{ d.resolution ? 'task_alt' : 'report' }}</mat-icon>
        <div class="text">
          <p class="headline">
            <span class="serial">{{ t.serial }}</span>
            @if (d.recordedAt === 'another_customer') {
              {{ 'jobReport.discrepancy.recordedAtCustomer' | transloco }}
              @if (d.customer; as customer) {
                <a [routerLink]="['/customers', customer.id]">{{ customer.name }}</a>
              }
            } @else {
              {{ 'jobReport.discrepancy.recordedInDepot' | transloco }}
              @if (d.depot; as depot) {
                <a [routerLink]="['/depots', depot.id]">{{ depot.name }}</a>
              }
            }
            — {{ 'jobReport.discrepancy.takenBackHere' | transloco: { job: jobNumber() } }}
          </p>
          @switch (d.resolution) {
            @case ('confirmed') {
              <p class="answer">{{ 'jobReport.discrepancy.confirmed' | transloco: { name: d.resolvedBy?.name ?? '', at: (d.resolvedAt | localDate) } }}</p>
            }
            @case ('corrected') {
              <p class="answer">
                {{ 'jobReport.discrepancy.corrected' | transloco: { name: d.resolvedBy?.name ?? '', at: (d.resolvedAt | localDate), typed: d.reportedSerial ?? '' } }}
              </p>
            }
            @default {
              <p class="hint">
                {{ 'jobReport.discrepancy.open' | transloco }}
                @if (d.reportedSerial) {
                  {{ 'jobReport.discrepancy.typedBefore' | transloco: { typed: d.reportedSerial } }}
                }
              </p>
            }
          }
        </div>
        @if (actionable() && !d.resolution) {
          <div class="actions">
            <button mat-flat-button type="button" [disabled]="busy()" (click)="confirmMove.emit(t)">{{ 'jobReport.discrepancy.confirmMove' | transloco }}</button>
            <button mat-stroked-button type="button" [disabled]="busy()" (click)="correctSerial.emit(t)">{{ 'jobReport.discrepancy.correctSerial' | transloco }}</button>
          </div>
        }
      </div>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    :host:empty {
      display: none;
    }
    .discrepancy {
      display: flex;
      align-items: flex-start;
      flex-wrap: wrap;
      gap: 12px;
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
      color: var(--mat-sys-on-surface);
    }
    .discrepancy.open {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .text {
      flex: 1 1 320px;
    }
    .headline {
      margin: 0 0 4px;
      font: var(--mat-sys-body-large);
    }
    .headline a {
      color: inherit;
      font-weight: 600;
    }
    .serial {
      font-family: monospace;
      font-weight: 600;
    }
    .hint,
    .answer {
      margin: 0;
      font: var(--mat-sys-body-medium);
    }
    .actions {
      display: flex;
      gap: 8px;
      align-self: center;
    }
    /* On the error container the theme's primary label was faint in dark mode: it follows the banner's text. */
    .discrepancy.open .actions {
      --mat-button-outlined-label-text-color: var(--mat-sys-on-error-container);
    }
  `,
})
export class TakeBackDiscrepancies {
  readonly takeBacks = input<readonly JobTakeBack[]>([]);
  readonly jobNumber = input.required<string>();
  /** The office may settle them here (review write access). */
  readonly actionable = input(false);
  /** A settlement is on its way. */
  readonly busy = input(false);
  readonly confirmMove = output<FlaggedTakeBack>();
  readonly correctSerial = output<FlaggedTakeBack>();

  protected readonly flagged = computed(() => flaggedTakeBacks(this.takeBacks()));
}
