import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

@Component({
  selector: 'fd-not-found-page',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page placeholder" aria-labelledby="not-found-title">
      <mat-icon aria-hidden="true" class="big">explore_off</mat-icon>
      <h1 id="not-found-title">{{ 'notFound.title' | transloco }}</h1>
      <p>{{ 'notFound.body' | transloco }}</p>
      <a mat-flat-button routerLink="/dashboard">{{ 'notFound.home' | transloco }}</a>
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
  `,
})
export class NotFoundPage {}
