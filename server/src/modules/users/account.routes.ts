import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ChangePasswordRequest } from '@contract';
import { actorOf } from '../../plugins/audit';
import { principalOf } from '../../plugins/auth';
import { CONSOLE } from '../../plugins/route-access';
import { changeOwnPassword } from './account.service';

const NEW_PASSWORD = 'a fresh password of 20+ characters'; // audit sample only

/** The signed-in person's own account: /api/auth/me/password. */
export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/password',
    {
      config: {
        roles: CONSOLE,
        audit: {
          sample: async (probe) => {
            const { password, headers } = await probe.signedIn('supervisor');
            return { url: '/api/auth/me/password', body: { currentPassword: password, newPassword: NEW_PASSWORD }, credentials: headers };
          },
        },
      },
      schema: {
        summary: 'Change my password (keeps this session, ends my other sessions)',
        tags: ['auth'],
        body: ChangePasswordRequest,
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      await changeOwnPassword(
        app.db,
        { userId: principal.user.id, sessionId: principal.sessionId!, ...request.body },
        actorOf(request)!,
      );
      return reply.code(204).send();
    },
  );
};
