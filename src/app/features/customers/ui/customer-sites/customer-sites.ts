import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import type { Site } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { siteMapUrl } from './site-map-url';

@Component({
  selector: 'fd-customer-sites',
  imports: [MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (site of sites(); track site.id) {
      <article class="site" [attr.aria-label]="site.name">
        <h3>{{ site.name }}</h3>
        <address>
          {{ site.addressLine1 }}<br />
          @if (site.addressLine2) {
            {{ site.addressLine2 }}<br />
          }
          {{ site.postalCode }} {{ site.city }}<br />
          {{ site.country }}
        </address>
        @if (site.accessNotes) {
          <p class="notes">{{ site.accessNotes }}</p>
        }
        <a [href]="mapUrl(site)" target="_blank" rel="noopener noreferrer" [attr.aria-label]="'customers.detail.openMap' | transloco: { site: site.name }">
          <mat-icon aria-hidden="true">map</mat-icon>
          {{ 'customers.detail.map' | transloco }}
        </a>
      </article>
    } @empty {
      <p class="empty">{{ 'customers.detail.noSites' | transloco }}</p>
    }
  `,
  styles: `
    @use '../../../../shared/ui/detail-styles' as detail;

    :host {
      @include detail.card-list('.site');
    }
    h3 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-small);
    }
    address {
      font-style: normal;
      margin-bottom: 8px;
    }
    .notes {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    a {
      display: inline-flex;
      align-items: center;
      gap: 4px;
    }
  `,
})
export class CustomerSites {
  readonly sites = input.required<readonly Site[]>();
  protected readonly mapUrl = siteMapUrl;
}
