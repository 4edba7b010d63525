export * as usersEffects from './users.effects';
export { MePageActions, UserListPageActions, UsersApiActions } from './users.actions';
export { initialUsersState, selectList, selectNextCursor, selectOwnPassword, selectQuery, selectTokens, selectTotal, selectUsers, usersFeature } from './users.feature';
export { userErrorMessage } from './user-error';
export type { UserQuery } from './user-query';
export { UsersApi } from './users-api';
