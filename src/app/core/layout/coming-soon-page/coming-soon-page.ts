import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

/** The one placeholder for every address a later issue fills: says so plainly, shows no made-up data. */
@Component({
  selector: 'fd-coming-soon-page',
  imports: [MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page placeholder" aria-labelledby="coming-soon-title">
      <mat-icon aria-hidden="true" class="big">construction</mat-icon>
      <h1 id="coming-soon-title">{{ 'comingSoon.title' | transloco }}</h1>
      <p>{{ 'comingSoon.body' | transloco }}</p>
    </section>
  `,
  styles: `
    .placeholder {
      text-align: center;
      padding-top: 64px;
    }
    .big {
      font-size: 64px;
      width: 64px;
      height: 64px;
      color: var(--mat-sys-primary);
    }
    h1 {
      font: var(--mat-sys-headline-small);
    }
    p {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ComingSoonPage {}
