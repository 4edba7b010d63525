import { ChangeDetectionStrategy, Component, computed, inject, output } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { selectRole } from '../../auth/auth.feature';
import { navItemsFor } from '../nav-items';

/** The side navigation: only what the signed-in role may open. */
@Component({
  selector: 'fd-main-nav',
  imports: [MatListModule, MatIconModule, RouterLink, RouterLinkActive, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <!-- mat-nav-list is the navigation landmark itself (role="navigation"). -->
    <mat-nav-list [attr.aria-label]="'nav.label' | transloco">
      @for (item of items(); track item.path) {
        <a
          mat-list-item
          [routerLink]="item.path"
          routerLinkActive
          #link="routerLinkActive"
          [activated]="link.isActive"
          [attr.aria-current]="link.isActive ? 'page' : null"
          (click)="navigated.emit()"
        >
          <mat-icon matListItemIcon aria-hidden="true">{{ item.icon }}</mat-icon>
          <span matListItemTitle>{{ item.labelKey | transloco }}</span>
        </a>
      }
    </mat-nav-list>
  `,
})
export class MainNav {
  private readonly role = inject(Store).selectSignal(selectRole);
  protected readonly items = computed(() => navItemsFor(this.role()));
  /** Lets the shell close the drawer on small screens. */
  readonly navigated = output<void>();
}
