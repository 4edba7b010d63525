import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { LoginRequest, SessionInfo, SessionUser, UpdateMePreferences } from '@contract';
import { actorOf } from '../../plugins/audit';
import { clearSessionCookie, principalOf, SESSION_COOKIE, setSessionCookie } from '../../plugins/auth';
import { publicRoute, signedIn } from '../../plugins/route-access';
import { signIn, signOut } from './auth.service';
import type { SessionLimits } from '../../platform/sessions.repository';
import { toSessionUser, updatePreferences } from '../../platform/users.repository';

/** Console sign-in with an HttpOnly session cookie: /api/auth. */
export const authRoutes: FastifyPluginAsyncZod<{ limits: SessionLimits }> = async (app, { limits }) => {
  app.post(
    '/login',
    publicRoute({ summary: 'Sign in to the console (sets the fd_session cookie)', tags: ['auth'], body: LoginRequest, response: { 200: SessionInfo } }, 'user'),
    async (request, reply) => {
      const { user, session } = await signIn(
        app.db,
        { ...request.body, ip: request.ip, userAgent: request.headers['user-agent'] ?? null },
        limits,
        request.cookies[SESSION_COOKIE],
      );
      setSessionCookie(request, reply, session.cookieValue, limits.absoluteHours * 3600);
      return { user: toSessionUser(user), csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/logout',
    signedIn({ summary: 'Sign out (ends the session)', tags: ['auth'] }, 'user'),
    async (request, reply) => {
      await signOut(app.db, principalOf(request).sessionId!, actorOf(request)!);
      clearSessionCookie(request, reply);
      return reply.code(204).send();
    },
  );

  app.get(
    '/me',
    signedIn({ summary: 'The signed-in user and the CSRF token', tags: ['auth'], response: { 200: SessionInfo } }),
    async (request) => {
      const principal = principalOf(request);
      return { user: toSessionUser(principal.user), csrfToken: principal.csrfToken! };
    },
  );

  app.patch(
    '/me',
    {
      config: { access: 'signed-in', idempotent: 'optional', audit: { none: "The caller's own display preferences (language, theme): not business data." } },
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
