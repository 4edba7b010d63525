import { ChangeDetectionStrategy, Component, computed, inject, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { filter, map, startWith } from 'rxjs';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { selectRole } from '../../auth/auth.feature';
import { PluralPipe } from '../../../shared/ui/plural-pipe';
import { selectReviewCountSafe } from '../../review-count/review-count.feature';
import { navItemsFor } from '../nav-items';

/** The side navigation: only what the signed-in role may open. */
@Component({
  selector: 'fd-main-nav',
  imports: [MatListModule, MatIconModule, RouterLink, TranslocoPipe, PluralPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .badge {
      min-width: 20px;
      padding: 0 6px;
      border-radius: 10px;
      background: var(--mat-sys-error);
      color: var(--mat-sys-on-error);
      font: var(--mat-sys-label-small);
      line-height: 20px;
      text-align: center;
      display: inline-block;
    }
    .meta {
      align-self: center;
    }
  `,
  template: `
    <!-- mat-nav-list is the navigation landmark itself (role="navigation"). -->
    <mat-nav-list [attr.aria-label]="'nav.label' | transloco">
      @for (item of items(); track item.path) {
        <a
          mat-list-item
          [routerLink]="item.path"
          [activated]="item.path === activePath()"
          [attr.aria-current]="item.path === activePath() ? 'page' : null"
          (click)="navigated.emit()"
        >
          <mat-icon matListItemIcon aria-hidden="true">{{ item.icon }}</mat-icon>
          <span matListItemTitle>{{ item.labelKey | transloco }}</span>
          @if (item.badge === 'reviewCount' && reviewCount(); as count) {
            <span matListItemMeta class="meta">
              <span class="badge" role="img" data-badge="review" [attr.aria-label]="'nav.reviewWaiting' | plural: count | transloco: { count }">{{ count }}</span>
            </span>
          }
        </a>
      }
    </mat-nav-list>
  `,
})
export class MainNav {
  private readonly role = inject(Store).selectSignal(selectRole);
  protected readonly items = computed(() => navItemsFor(this.role()));
  protected readonly reviewCount = inject(Store).selectSignal(selectReviewCountSafe);
  private readonly router = inject(Router);
  private readonly url = toSignal(
    this.router.events.pipe(
      filter((e) => e instanceof NavigationEnd),
      map(() => this.router.url),
      startWith(this.router.url),
    ),
    { initialValue: this.router.url },
  );
  /** The most specific entry under which the page lives: /jobs/board lights "Schedule board", not "Jobs" too. */
  protected readonly activePath = computed(() => {
    const path = this.url().split(/[?#]/)[0];
    const matching = this.items().filter((item) => path === item.path || path.startsWith(`${item.path}/`));
    return matching.reduce<string | null>((best, item) => (best && best.length >= item.path.length ? best : item.path), null);
  });
  /** Lets the shell close the drawer on small screens. */
  readonly navigated = output<void>();
}
