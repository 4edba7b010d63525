export * as usersEffects from './users.effects';
export { usersFeature } from './users.feature';
export { UsersApi } from './users-api';
