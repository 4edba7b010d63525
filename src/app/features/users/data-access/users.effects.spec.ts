import { HttpErrorResponse } from '@angular/common/http';
import { Actions } from '@ngrx/effects';
import type { } from '@ngrx/store';
import { of, throwError } from 'rxjs';
import { MePageActions, UserListPageActions, UsersApiActions } from './users.actions';
import { changeOwnPassword, writeUsers } from './users.effects';
import type { UsersApi } from './users-api';
import { collect } from '../../../../testing/effects';

describe('users effects', () => {
  it('deactivates through the API and reports the saved user', () => {
    const saved = { id: 'u1', active: false };
    const api = { deactivate: jasmine.createSpy().and.returnValue(of(saved)) } as unknown as UsersApi;
    const actions = collect(writeUsers(new Actions(of(UserListPageActions.deactivateConfirmed({ id: 'u1' }))), api));
    expect(api.deactivate).toHaveBeenCalledWith('u1');
    expect(actions).toEqual([UsersApiActions.userSaved({ user: saved as never })]);
  });

  it('passes the temporary password of a created user on to the dialog', () => {
    const answer = { user: { id: 'u2' }, temporaryPassword: 'abcd-efgh-ijkm-npqr' };
    const api = { create: jasmine.createSpy().and.returnValue(of(answer)) } as unknown as UsersApi;
    const input = { email: 'a@b.test', displayName: 'A', role: 'technician' as const };
    const actions = collect(writeUsers(new Actions(of(UserListPageActions.createSubmitted({ input }))), api));
    expect(actions).toEqual([UsersApiActions.userCreated(answer as never)]);
  });

  it('turns a refused own password into a failure carrying the server code', () => {
    const refused = new HttpErrorResponse({ status: 400, error: { error: { code: 'password_too_short', message: 'Use at least 12 characters.' } } });
    const api = { changeOwnPassword: jasmine.createSpy().and.returnValue(throwError(() => refused)) } as unknown as UsersApi;
    const actions = collect(changeOwnPassword(new Actions(of(MePageActions.passwordChangeSubmitted({ currentPassword: 'a', newPassword: 'b' }))), api));
    expect(actions.length).toBe(1);
    const failed = actions[0] as ReturnType<typeof UsersApiActions.ownPasswordFailed>;
    expect(failed.type).toBe(UsersApiActions.ownPasswordFailed.type);
    expect(failed.error.code).toBe('password_too_short');
  });
});
