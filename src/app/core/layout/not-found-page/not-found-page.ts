import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Placeholder } from '../placeholder/placeholder';

@Component({
  selector: 'fd-not-found-page',
  imports: [MatButtonModule, Placeholder, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fd-placeholder icon="explore_off" titleId="not-found-title" [heading]="'notFound.title' | transloco" [body]="'notFound.body' | transloco">
      <a mat-flat-button routerLink="/dashboard">{{ 'notFound.home' | transloco }}</a>
    </fd-placeholder>
  `,
})
export class NotFoundPage {}
