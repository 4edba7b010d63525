import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { FieldTokenRequest, FieldTokenResponse, SessionUser } from '@contract';
import { actorOf } from '../../plugins/audit';
import { principalOf } from '../../plugins/auth';
import { publicRoute, TECHNICIAN, technicianRead } from '../../plugins/route-access';
import { issueFieldToken, revokeOwnToken } from './auth.service';
import { toSessionUser } from '../../platform/users.repository';

/** Technician app sign-in with bearer tokens: /api/field. */
export const fieldAuthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/auth/token',
    publicRoute(
      { summary: 'Get a bearer token for this device (technicians only)', tags: ['field'], body: FieldTokenRequest, response: { 201: FieldTokenResponse } },
      'device_token',
    ),
    async (request, reply) => {
      const { user, token, tokenId } = await issueFieldToken(app.db, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      return reply.code(201).send({ token, tokenId, user: toSessionUser(user) });
    },
  );

  app.delete(
    '/auth/token',
    {
      config: { roles: TECHNICIAN, idempotent: 'optional', audit: 'device_token' },
      schema: { summary: 'Revoke the token of this request (sign out of the app)', tags: ['field'] },
    },
    async (request, reply) => {
      await revokeOwnToken(app.db, principalOf(request).tokenId!, actorOf(request)!);
      return reply.code(204).send();
    },
  );

  app.get(
    '/me',
    technicianRead({ summary: 'The technician of this token', tags: ['field'], response: { 200: SessionUser } }),
    async (request) => toSessionUser(principalOf(request).user),
  );
};
