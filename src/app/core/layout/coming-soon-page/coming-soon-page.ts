import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Placeholder } from '../placeholder/placeholder';

/** The one placeholder for every address a later issue fills: says so plainly, shows no made-up data. */
@Component({
  selector: 'fd-coming-soon-page',
  imports: [Placeholder, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fd-placeholder icon="construction" titleId="coming-soon-title" [heading]="'comingSoon.title' | transloco" [body]="'comingSoon.body' | transloco" />
  `,
})
export class ComingSoonPage {}
