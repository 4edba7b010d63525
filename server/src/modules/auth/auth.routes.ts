import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { LoginRequest, SessionInfo, SessionUser, UpdateMePreferences } from '@contract';
import { actorOf, audit } from '../../plugins/audit';
import { clearSessionCookie, principalOf, SESSION_COOKIE, setSessionCookie } from '../../plugins/auth';
import { CONSOLE } from '../../plugins/route-access';
import { signIn } from './auth.service';
import { sha256 } from '../../platform/secrets';
import { deleteSession, type SessionLimits } from '../../platform/sessions.repository';
import { toSessionUser, updatePreferences } from '../../platform/users.repository';

/** Console sign-in with an HttpOnly session cookie: /api/auth. */
export const authRoutes: FastifyPluginAsyncZod<{ limits: SessionLimits }> = async (app, { limits }) => {
  app.post(
    '/login',
    {
      config: { roles: 'public' },
      schema: {
        summary: 'Sign in to the console (sets the fd_session cookie)',
        tags: ['auth'],
        body: LoginRequest,
        response: { 200: SessionInfo },
      },
    },
    async (request, reply) => {
      const { user, session } = await signIn(
        app.db,
        { ...request.body, ip: request.ip, userAgent: request.headers['user-agent'] ?? null },
        limits,
      );
      // A session the browser still holds is ended: every sign-in gets a new id (no fixation).
      const previous = request.cookies[SESSION_COOKIE];
      if (previous) await deleteSession(app.db, sha256(previous));
      setSessionCookie(request, reply, session.cookieValue, limits.absoluteHours * 3600);
      return { user: toSessionUser(user), csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/logout',
    {
      config: { roles: CONSOLE },
      schema: { summary: 'Sign out (ends the session)', tags: ['auth'] },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      await app.db.transaction().execute(async (trx) => {
        await deleteSession(trx, principal.sessionId!);
        await audit(trx, { actor: actorOf(request), action: 'sign_out', entityType: 'user', entityId: principal.user.id });
      });
      clearSessionCookie(request, reply);
      return reply.code(204).send();
    },
  );

  app.get(
    '/me',
    {
      config: { roles: CONSOLE },
      schema: { summary: 'The signed-in user and the CSRF token', tags: ['auth'], response: { 200: SessionInfo } },
    },
    async (request) => {
      const principal = principalOf(request);
      return { user: toSessionUser(principal.user), csrfToken: principal.csrfToken! };
    },
  );

  app.patch(
    '/me',
    {
      config: { roles: CONSOLE, idempotent: 'optional' },
      schema: {
        summary: 'Change my language or theme',
        tags: ['auth'],
        body: UpdateMePreferences,
        response: { 200: SessionUser },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const updated = await updatePreferences(app.db, principal.user.id, request.body);
      return toSessionUser(updated);
    },
  );
};
