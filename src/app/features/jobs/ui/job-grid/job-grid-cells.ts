import { ChangeDetectionStrategy, Component, Directive, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ICellRendererAngularComp } from 'ag-grid-angular';
import type { ICellRendererParams } from 'ag-grid-community';
import { JobStatusChip } from '../../../../shared/ui/job-status-chip/job-status-chip';

/** A cell showing its text value (anything else shows nothing), kept current when ag-grid refreshes the row. */
@Directive()
abstract class TextValueCell implements ICellRendererAngularComp {
  protected readonly value = signal('');

  agInit(params: ICellRendererParams): void {
    this.refresh(params);
  }

  refresh(params: ICellRendererParams): boolean {
    this.value.set(typeof params.value === 'string' ? params.value : '');
    return true;
  }
}

/** The job number as a real link (middle-click, copy link, screen readers) to its page. */
@Component({
  selector: 'fd-job-number-cell',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The row opens on click anyway; the link's own click must not open it twice.
  template: `@if (value()) {<a class="job-link" [routerLink]="['/jobs', value()]" (click)="$event.stopPropagation()">{{ value() }}</a>}`,
})
export class JobNumberCell extends TextValueCell {}

@Component({
  selector: 'fd-job-status-cell',
  imports: [JobStatusChip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@if (value()) {<fd-job-status-chip [status]="value()" />}`,
})
export class JobStatusCell extends TextValueCell {}
