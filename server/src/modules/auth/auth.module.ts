import type { FastifyPluginAsync } from 'fastify';
import type { SessionLimits } from '../../platform/sessions.repository';
import { authRoutes } from './auth.routes';
import { fieldAuthRoutes } from './field-auth.routes';

/** Signing in and out, registered under /api: console sessions (/auth) and technicians' tokens (/field). */
export const authModule: FastifyPluginAsync<{ limits: SessionLimits }> = async (app, { limits }) => {
  await app.register(authRoutes, { prefix: '/auth', limits });
  await app.register(fieldAuthRoutes, { prefix: '/field' });
};
