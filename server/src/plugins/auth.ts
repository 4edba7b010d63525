import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Role } from '@contract';
import type { Database } from '../db/database';
import { findTokenUser } from '../platform/device-tokens.repository';
import { safeEqual } from '../platform/secrets';
import { findSession, type SessionLimits } from '../platform/sessions.repository';
import type { UserRow } from '../platform/users.repository';
import { AppError, forbidden, unauthenticated } from '../shared/errors';
import { isFieldUrl } from './route-access';

export const SESSION_COOKIE = 'fd_session';

export interface Principal {
  user: UserRow;
  role: Role;
  via: 'session' | 'token';
  sessionId?: string;
  csrfToken?: string;
  tokenId?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Authentication and authorization of every route, from the roles declared next to it:
 * console routes take the session cookie (plus X-CSRF-Token on writes), /api/field routes take
 * technicians' bearer tokens. 401 when nobody is signed in, 403 when the caller may not.
 */
export function auth(app: FastifyInstance, deps: { db: Kysely<Database>; limits: SessionLimits }): void {
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request) => {
    if (request.is404) return;
    const roles = request.routeOptions.config.roles;
    if (roles === undefined) throw forbidden('This route declares no roles.'); // fail closed
    if (roles === 'public') return;

    const principal = await identify(request, deps);
    if (!principal) throw unauthenticated();
    request.principal = principal;

    const fieldRoute = isFieldUrl(request.routeOptions.url ?? '');
    if (fieldRoute && principal.via !== 'token') throw forbidden('This route is for the technician app.');
    if (!fieldRoute && principal.via === 'token') throw forbidden('Technicians use the technician app.');
    if (!roles.includes(principal.role)) throw forbidden();

    if (principal.via === 'session' && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !safeEqual(sent, principal.csrfToken ?? '')) {
        throw new AppError(403, 'csrf_failed', 'The security token of this page is missing or out of date. Reload the page.');
      }
    }
  });
}

async function identify(
  request: FastifyRequest,
  deps: { db: Kysely<Database>; limits: SessionLimits },
): Promise<Principal | null> {
  const authorization = request.headers.authorization;
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) return null;
    const found = await findTokenUser(deps.db, match[1]!);
    // Tokens are only issued to technicians; a user whose role changed since loses them.
    if (!found || found.user.role !== 'technician') return null;
    return { user: found.user, role: found.user.role, via: 'token', tokenId: found.tokenId };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  const found = await findSession(deps.db, cookie, deps.limits);
  if (found.state === 'expired') throw unauthenticated('Your session has expired. Please sign in again.');
  if (found.state !== 'active') return null;
  return {
    user: found.user,
    role: found.user.role,
    via: 'session',
    sessionId: found.sessionId,
    csrfToken: found.csrfToken,
  };
}

/** The signed-in caller of a route that declared roles (the hook guarantees one). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw unauthenticated();
  return request.principal;
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, value: string, maxAgeSeconds: number) {
  reply.setCookie(SESSION_COOKIE, value, {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    path: '/',
    maxAge: maxAgeSeconds,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: request.protocol === 'https', path: '/' });
}
