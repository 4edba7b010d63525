import type { FastifyInstance, RouteOptions } from 'fastify';
import { ApiError, consoleRoles, roles as allRoles, type Role } from '@contract';

/** Who may call a route, declared next to it: `config: { roles: ['admin', 'dispatcher'] }` or `'public'`. */
export type RouteRoles = readonly Role[] | 'public';

declare module 'fastify' {
  interface FastifyContextConfig {
    roles?: RouteRoles;
    /** Idempotency-Key handling: technician writes use 'required'. */
    idempotent?: 'required' | 'optional';
  }
  interface FastifyInstance {
    /** Every route with its declared roles, filled when the app is ready (the role tests read it). */
    routeTable: RouteEntry[];
  }
}

export interface RouteEntry {
  method: string;
  url: string;
  roles: RouteRoles;
  idempotent?: 'required' | 'optional';
}

export const CONSOLE = consoleRoles;
export const ADMIN_DISPATCHER = ['admin', 'dispatcher'] as const satisfies readonly Role[];
export const TECHNICIAN = ['technician'] as const satisfies readonly Role[];

export const isFieldUrl = (url: string) => url === '/api/field' || url.startsWith('/api/field/');

/**
 * Collects every route and refuses to start when one declares no roles, or declares roles that
 * its side cannot have (technicians on a console route, console roles on /api/field).
 * Third-party routes (docs, static files) are made public with `markRoutesPublic` in their scope.
 */
export function routeAccess(app: FastifyInstance): void {
  const seen: RouteOptions[] = [];
  app.decorate('routeTable', [] as RouteEntry[]);
  app.addHook('onRoute', (route) => {
    seen.push(route);
    documentAccess(route);
  });
  app.addHook('onReady', async () => {
    const problems: string[] = [];
    for (const route of seen) {
      for (const method of [route.method].flat()) {
        const roles = route.config?.roles;
        const problem = checkDeclaration(route.url, roles);
        if (problem) problems.push(`${method} ${route.url}: ${problem}`);
        else app.routeTable.push({ method, url: route.url, roles: roles!, idempotent: route.config?.idempotent });
      }
    }
    if (problems.length > 0) throw new Error(`Routes refused (fail closed): ${problems.join('; ')}`);
  });
}

function checkDeclaration(url: string, roles: RouteRoles | undefined): string | null {
  if (roles === undefined) return 'declares no roles (config.roles)';
  if (roles === 'public') return null;
  if (roles.length === 0) return 'declares an empty role list';
  if (roles.some((r) => !allRoles.includes(r))) return 'declares an unknown role';
  if (isFieldUrl(url)) return roles.every((r) => r === 'technician') ? null : 'field routes accept technicians only';
  return roles.includes('technician') ? 'console routes refuse technicians' : null;
}

/** OpenAPI: how the route authenticates, and the one error shape for every 4xx/5xx answer. */
function documentAccess(route: RouteOptions): void {
  const roles = route.config?.roles;
  if (!route.schema || roles === undefined) return;
  const schema = { ...route.schema };
  if (roles !== 'public') schema.security = isFieldUrl(route.url) ? [{ bearer: [] }] : [{ session: [] }];
  if (schema.response && typeof schema.response === 'object') {
    schema.response = { '4xx': ApiError, '5xx': ApiError, ...(schema.response as object) };
  }
  route.schema = schema;
}

/** Inside a plugin scope: routes registered without roles there (third-party plugins) are public. */
export function markRoutesPublic(scope: FastifyInstance): void {
  scope.addHook('onRoute', (route) => {
    if (route.config?.roles === undefined) route.config = { ...route.config, roles: 'public' };
  });
}
