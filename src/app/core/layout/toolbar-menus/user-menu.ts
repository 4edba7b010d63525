import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { UserMenuActions } from '../../auth/auth.actions';
import { selectUser } from '../../auth/auth.feature';

@Component({
  selector: 'fd-user-menu',
  imports: [MatButtonModule, MatDividerModule, MatIconModule, MatMenuModule, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (user(); as user) {
      <button mat-icon-button [matMenuTriggerFor]="menu" [attr.aria-label]="'toolbar.userMenu' | transloco: { name: user.displayName }">
        <mat-icon aria-hidden="true">account_circle</mat-icon>
      </button>
      <mat-menu #menu="matMenu">
        <div class="who" role="presentation">
          <strong>{{ user.displayName }}</strong>
          <span>{{ 'roles.' + user.role | transloco }}</span>
        </div>
        <mat-divider />
        <a mat-menu-item routerLink="/me">
          <mat-icon aria-hidden="true">person</mat-icon>
          <span>{{ 'toolbar.myAccount' | transloco }}</span>
        </a>
        <button mat-menu-item (click)="signOut()">
          <mat-icon aria-hidden="true">logout</mat-icon>
          <span>{{ 'toolbar.signOut' | transloco }}</span>
        </button>
      </mat-menu>
    }
  `,
  styles: `
    .who {
      display: flex;
      flex-direction: column;
      padding: 8px 16px 12px;
      gap: 2px;
      span {
        color: var(--mat-sys-on-surface-variant);
        font: var(--mat-sys-body-small);
      }
    }
  `,
})
export class UserMenu {
  private readonly store = inject(Store);
  protected readonly user = this.store.selectSignal(selectUser);

  protected signOut(): void {
    this.store.dispatch(UserMenuActions.signOutClicked());
  }
}
