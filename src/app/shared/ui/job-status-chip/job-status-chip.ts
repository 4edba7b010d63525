import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { StatusChip, type StatusScheme } from '../status-chip/status-chip';

/** The colour by family of status: planned, under way, done, cancelled. */
const JOB_STATUSES: StatusScheme = {
  labelPrefix: 'jobStatus.',
  tones: {
    scheduled: 'secondary',
    synchronized: 'secondary',
    started: 'tertiary',
    paused: 'tertiary',
    completed: 'tertiary',
    validated: 'primary',
    cancelled: 'error',
  },
};

/** A job status as a small coloured label ("Scheduled", "Returned"...), the colour by family of status. */
@Component({
  selector: 'fd-job-status-chip',
  imports: [StatusChip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<fd-status-chip [status]="status()" [scheme]="scheme" />`,
})
export class JobStatusChip {
  readonly status = input.required<string>();
  protected readonly scheme = JOB_STATUSES;
}
