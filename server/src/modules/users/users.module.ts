import type { FastifyPluginAsync } from 'fastify';
import { accountRoutes } from './account.routes';
import { usersRoutes } from './users.routes';

/** Users (administration) and one's own account, registered under /api. */
export const usersModule: FastifyPluginAsync = async (app) => {
  await app.register(usersRoutes, { prefix: '/users' });
  await app.register(accountRoutes, { prefix: '/auth/me' });
};
