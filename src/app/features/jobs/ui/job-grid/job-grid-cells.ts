import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ICellRendererAngularComp } from 'ag-grid-angular';
import type { ICellRendererParams } from 'ag-grid-community';
import { JobStatusChip } from '../../../../shared/ui/job-status-chip/job-status-chip';

/** The job number as a real link (middle-click, copy link, screen readers) to its page. */
@Component({
  selector: 'fd-job-number-cell',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The row opens on click anyway; the link's own click must not open it twice.
  template: `@if (number()) {<a class="job-link" [routerLink]="['/jobs', number()]" (click)="$event.stopPropagation()">{{ number() }}</a>}`,
})
export class JobNumberCell implements ICellRendererAngularComp {
  protected readonly number = signal('');

  agInit(params: ICellRendererParams): void {
    this.refresh(params);
  }

  refresh(params: ICellRendererParams): boolean {
    this.number.set(typeof params.value === 'string' ? params.value : '');
    return true;
  }
}

@Component({
  selector: 'fd-job-status-cell',
  imports: [JobStatusChip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@if (status()) {<fd-job-status-chip [status]="status()" />}`,
})
export class JobStatusCell implements ICellRendererAngularComp {
  protected readonly status = signal('');

  agInit(params: ICellRendererParams): void {
    this.refresh(params);
  }

  refresh(params: ICellRendererParams): boolean {
    this.status.set(typeof params.value === 'string' ? params.value : '');
    return true;
  }
}
