import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslocoDirective } from '@jsverse/transloco';
import { Store, type Action } from '@ngrx/store';
import { roles } from '@contract/rules';
import type { User } from '@contract';
import { filter } from 'rxjs';
import { Actions, ofType } from '@ngrx/effects';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { selectUser } from '../../../core/auth/auth.feature';
import { ConfirmDialog, type ConfirmDialogData } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { type ListChoiceChange, ListFilters, listChoice } from '../../../shared/ui/list-page/list-filters';
import { ListPage } from '../../../shared/ui/list-page/list-page';
import { PluralPipe } from '../../../shared/ui/plural-pipe';
import { RelativeTimePipe } from '../../../shared/ui/relative-time-pipe';
import { callError } from '../../../shared/util/call-state';
import {
  UserListPageActions,
  UsersApiActions,
  selectList,
  selectNextCursor,
  selectQuery,
  selectTotal,
  selectUsers,
  userErrorMessage,
  type UserQuery,
} from '../data-access';
import { TemporaryPasswordDialog } from '../ui/temporary-password-dialog/temporary-password-dialog';
import { UserFormDialog, type UserFormResult } from '../ui/user-form-dialog/user-form-dialog';
import { DeviceTokensDialog } from './device-tokens-dialog/device-tokens-dialog';

@Component({
  selector: 'fd-user-list-page',
  imports: [
    MatButtonModule,
    MatChipsModule,
    MatIconModule,
    MatMenuModule,
    MatProgressBarModule,
    MatTableModule,
    TranslocoDirective,
    PluralPipe,
    RelativeTimePipe,
    ListPage,
    ListFilters,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-list-page.html',
  styleUrl: './user-list-page.scss',
})
export class UserListPage {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  protected readonly users = this.store.selectSignal(selectUsers);
  protected readonly query = this.store.selectSignal(selectQuery);
  protected readonly total = this.store.selectSignal(selectTotal);
  protected readonly list = this.store.selectSignal(selectList);
  protected readonly nextCursor = this.store.selectSignal(selectNextCursor);
  protected readonly me = this.store.selectSignal(selectUser);
  protected readonly choices = computed(() => {
    const { role, active } = this.query();
    return [
      listChoice('role', 'users.fields.role', role, { '': 'users.list.allRoles', ...Object.fromEntries(roles.map((r) => [r, `roles.${r}`])) }),
      listChoice('active', 'users.fields.active', active, { '': 'users.list.anyStatus', true: 'users.status.active', false: 'users.status.inactive' }),
    ];
  });
  /** Rows stay the same elements when the list reloads (a search typed while a row's menu is open keeps it open). */
  protected readonly byId = (_index: number, user: User) => user.id;
  protected readonly columns = ['displayName', 'role', 'active', 'lastSignInAt', 'vanDepot', 'actions'];
  protected readonly error = () => {
    const e = callError(this.list());
    return e ? userErrorMessage(e) : null;
  };

  constructor() {
    this.store.dispatch(UserListPageActions.opened());
    // The temporary password goes from the API answer to this one-time dialog, and nowhere else.
    inject(Actions)
      .pipe(ofType(UsersApiActions.userCreated, UsersApiActions.passwordReset), takeUntilDestroyed())
      .subscribe(({ user, temporaryPassword }) =>
        this.dialog.open(TemporaryPasswordDialog, { data: { email: user.email, password: temporaryPassword }, disableClose: true }),
      );
  }

  protected filter(change: Partial<UserQuery>): void {
    this.store.dispatch(UserListPageActions.queryChanged({ query: { ...this.query(), ...change } }));
  }

  protected chosen({ key, value }: ListChoiceChange): void {
    this.filter(key === 'role' ? { role: value as UserQuery['role'] } : { active: value as UserQuery['active'] });
  }

  protected more(): void {
    this.store.dispatch(UserListPageActions.moreRequested());
  }

  protected retry(): void {
    this.store.dispatch(UserListPageActions.opened());
  }

  protected create(): void {
    this.dialog
      .open<UserFormDialog, null, UserFormResult>(UserFormDialog, { data: null })
      .afterClosed()
      .pipe(filter((r): r is UserFormResult => !!r))
      .subscribe((input) => this.store.dispatch(UserListPageActions.createSubmitted({ input })));
  }

  protected edit(user: User): void {
    this.dialog
      .open<UserFormDialog, User, UserFormResult>(UserFormDialog, { data: user })
      .afterClosed()
      .pipe(filter((r): r is UserFormResult => !!r))
      .subscribe(({ displayName, role, phone, locale }) =>
        this.store.dispatch(UserListPageActions.updateSubmitted({ id: user.id, version: user.version, patch: { displayName, role, phone, locale } })),
      );
  }

  protected deactivate(user: User): void {
    this.confirm('users.deactivate', user, () => UserListPageActions.deactivateConfirmed({ id: user.id }));
  }

  protected reactivate(user: User): void {
    this.store.dispatch(UserListPageActions.reactivateClicked({ id: user.id }));
  }

  protected resetPassword(user: User): void {
    this.confirm('users.reset', user, () => UserListPageActions.resetPasswordConfirmed({ id: user.id }));
  }

  protected devices(user: User): void {
    this.store.dispatch(UserListPageActions.tokensOpened({ userId: user.id }));
    this.dialog.open(DeviceTokensDialog, { data: { userId: user.id, displayName: user.displayName } });
  }

  private confirm(prefix: string, user: User, action: () => Action): void {
    const data: ConfirmDialogData = {
      titleKey: `${prefix}.title`,
      messageKey: `${prefix}.message`,
      confirmKey: `${prefix}.confirm`,
      cancelKey: 'common.cancel',
      params: { name: user.displayName },
    };
    this.dialog
      .open(ConfirmDialog, { data })
      .afterClosed()
      .pipe(filter((yes) => yes === true))
      .subscribe(() => this.store.dispatch(action()));
  }
}
