import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTooltipModule } from '@angular/material/tooltip';
import { LocalDatePipe } from '../../../../shared/ui/local-date-pipe';
import { RelativeTimePipe } from '../../../../shared/ui/relative-time-pipe';

/** "2 hours ago", with the exact date and time on hover and on keyboard focus. */
@Component({
  selector: 'fd-when',
  imports: [MatTooltipModule, LocalDatePipe, RelativeTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (at(); as iso) {
      <time
        tabindex="0"
        [attr.datetime]="iso"
        [matTooltip]="iso | localDate"
        [attr.aria-label]="(iso | relativeTime) + ', ' + (iso | localDate)"
        >{{ iso | relativeTime }}</time
      >
    }
  `,
  styles: `
    time {
      text-decoration: underline dotted;
      text-underline-offset: 3px;
      cursor: help;
    }
  `,
})
export class When {
  readonly at = input<string | null>(null);
}
