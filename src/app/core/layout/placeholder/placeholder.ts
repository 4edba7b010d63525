import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

/** A page with nothing to show but a big icon, a title and a sentence (not found, coming soon); actions go inside. */
@Component({
  selector: 'fd-placeholder',
  imports: [MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page placeholder" [attr.aria-labelledby]="titleId()">
      <mat-icon aria-hidden="true" class="big">{{ icon() }}</mat-icon>
      <h1 [id]="titleId()">{{ heading() }}</h1>
      <p>{{ body() }}</p>
      <ng-content />
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
export class Placeholder {
  readonly icon = input.required<string>();
  readonly heading = input.required<string>();
  readonly body = input.required<string>();
  /** The heading's id, unique on the page, that names the section. */
  readonly titleId = input.required<string>();
}
