import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatListModule } from '@angular/material/list';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { ApiErrorMessage } from '../../../../shared/ui/api-error-message';
import { RelativeTimePipe } from '../../../../shared/ui/relative-time-pipe';
import { callError } from '../../../../shared/util/call-state';
import { UserListPageActions, selectTokens } from '../../data-access';

/** A technician's devices (app sign-ins): each can be revoked; the app is signed out on its next request. */
@Component({
  selector: 'fd-device-tokens-dialog',
  imports: [MatDialogModule, MatButtonModule, MatListModule, MatProgressBarModule, TranslocoPipe, RelativeTimePipe, ApiErrorMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'users.tokens.title' | transloco: { name: data.displayName } }}</h2>
    <mat-dialog-content>
      @if (tokens().callState === 'loading') { <mat-progress-bar mode="indeterminate" /> }
      @if (error(); as e) { <p role="alert"><fd-api-error-message [error]="e" /></p> }
      @if (tokens().callState === 'loaded' && tokens().items.length === 0) { <p>{{ 'users.tokens.empty' | transloco }}</p> }
      <mat-list>
        @for (token of tokens().items; track token.id) {
          <mat-list-item>
            <span matListItemTitle>{{ token.deviceName }}</span>
            <span matListItemLine>
              {{ 'users.tokens.created' | transloco: { when: (token.createdAt | relativeTime) } }}
              @if (token.lastUsedAt) { · {{ 'users.tokens.used' | transloco: { when: (token.lastUsedAt | relativeTime) } }} }
              @if (token.revokedAt) { · {{ 'users.tokens.revoked' | transloco: { when: (token.revokedAt | relativeTime) } }} }
            </span>
            @if (!token.revokedAt) {
              <button mat-button matListItemMeta type="button" (click)="revoke(token.id)">{{ 'users.tokens.revoke' | transloco }}</button>
            }
          </mat-list-item>
        }
      </mat-list>
    </mat-dialog-content>
    <mat-dialog-actions align="end"><button mat-button mat-dialog-close type="button">{{ 'common.close' | transloco }}</button></mat-dialog-actions>
  `,
})
export class DeviceTokensDialog {
  protected readonly data = inject<{ userId: string; displayName: string }>(MAT_DIALOG_DATA);
  private readonly store = inject(Store);
  protected readonly tokens = this.store.selectSignal(selectTokens);
  protected readonly error = () => callError(this.tokens().callState);

  protected revoke(tokenId: string): void {
    this.store.dispatch(UserListPageActions.tokenRevokeConfirmed({ userId: this.data.userId, tokenId }));
  }
}
