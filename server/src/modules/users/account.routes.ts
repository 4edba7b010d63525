import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ChangePasswordRequest } from '@contract';
import { actorOf } from '../../plugins/audit';
import { principalOf } from '../../plugins/auth';
import { signedIn } from '../../plugins/route-access';
import { changeOwnPassword } from './account.service';

/** The signed-in person's own account: /api/auth/me/password. */
export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/password',
    signedIn({ summary: 'Change my password (keeps this session, ends my other sessions)', tags: ['auth'], body: ChangePasswordRequest }, 'user'),
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
