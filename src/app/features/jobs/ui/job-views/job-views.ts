import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { type MatChipListboxChange, MatChipsModule } from '@angular/material/chips';
import { jobListViews } from '@contract/rules';
import type { JobListView } from '@contract/jobs-list';
import { TranslocoPipe } from '@jsverse/transloco';

/** Quick views as one-choice chips: "All jobs" or one of the server's predefined views. */
@Component({
  selector: 'fd-job-views',
  imports: [MatChipsModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-chip-listbox [attr.aria-label]="'jobs.views.label' | transloco" [value]="view() ?? 'all'" (change)="chosen($event)" [hideSingleSelectionIndicator]="true">
      <mat-chip-option value="all">{{ 'jobs.views.all' | transloco }}</mat-chip-option>
      @for (option of views; track option) {
        <mat-chip-option [value]="option">{{ 'jobs.views.' + option | transloco }}</mat-chip-option>
      }
    </mat-chip-listbox>
  `,
})
export class JobViews {
  readonly view = input<JobListView | null>(null);
  readonly viewChosen = output<JobListView | null>();
  protected readonly views = jobListViews;

  protected chosen(event: MatChipListboxChange): void {
    // Unselecting the chosen chip goes back to all jobs.
    const value = event.value as JobListView | 'all' | undefined;
    this.viewChosen.emit(!value || value === 'all' ? null : value);
  }
}
