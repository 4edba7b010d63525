import type { DeviceToken, User, UserCreateInput, UserPatch } from '@contract';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiErrorInfo } from '../../../shared/util/api-error';
import type { UserQuery } from './user-query';

export const UserListPageActions = createActionGroup({
  source: 'User List Page',
  events: {
    opened: emptyProps(),
    queryChanged: props<{ query: UserQuery }>(),
    moreRequested: emptyProps(),
    createSubmitted: props<{ input: UserCreateInput }>(),
    updateSubmitted: props<{ id: string; version: number; patch: UserPatch }>(),
    deactivateConfirmed: props<{ id: string }>(),
    reactivateClicked: props<{ id: string }>(),
    resetPasswordConfirmed: props<{ id: string }>(),
    tokensOpened: props<{ userId: string }>(),
    tokenRevokeConfirmed: props<{ userId: string; tokenId: string }>(),
  },
});

export const MePageActions = createActionGroup({
  source: 'Me Page',
  events: {
    opened: emptyProps(),
    passwordChangeSubmitted: props<{ currentPassword: string; newPassword: string }>(),
  },
});

export const UsersApiActions = createActionGroup({
  source: 'Users API',
  events: {
    pageLoaded: props<{ items: User[]; total: number; nextCursor: string | null; append: boolean }>(),
    pageFailed: props<{ error: ApiErrorInfo }>(),
    userSaved: props<{ user: User }>(),
    /** The temporary password travels to the dialog only; the reducer never keeps it. */
    userCreated: props<{ user: User; temporaryPassword: string }>(),
    passwordReset: props<{ user: User; temporaryPassword: string }>(),
    writeFailed: props<{ error: ApiErrorInfo }>(),
    tokensLoaded: props<{ userId: string; items: DeviceToken[] }>(),
    tokensFailed: props<{ error: ApiErrorInfo }>(),
    tokenRevoked: props<{ userId: string; tokenId: string; at: string }>(),
    ownPasswordChanged: emptyProps(),
    ownPasswordFailed: props<{ error: ApiErrorInfo }>(),
  },
});
