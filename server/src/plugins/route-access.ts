import type { FastifyContextConfig, FastifyInstance, FastifySchema, RouteOptions } from 'fastify';
import { z } from 'zod';
import { ApiError, consoleRoles, Id, roles as allRoles, type Role } from '@contract';
import { rolesThatMay, type Access, type Capability } from '@contract/rules';

/** Who may call a route: technician and public routes declare it (`config: { roles: TECHNICIAN }` or `'public'`). */
export type RouteRoles = readonly Role[] | 'public';

/**
 * What a console route gives access to, declared next to it: a capability of the role table
 * (contract/rules/access.ts, DOMAIN.md's who-may-do-what) read or written, e.g.
 * `config: { access: ['jobs', 'write'] }`; or 'signed-in' for the caller's own session and account.
 * Its roles come from the table, never from a list written at the route.
 */
export type RouteAccess = readonly [Capability, Access] | 'signed-in';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Console routes: the capability they read or write (their roles are derived from it). */
    access?: RouteAccess;
    /** Technician and public routes; filled from `access` on console routes. */
    roles?: RouteRoles;
    /** Idempotency-Key handling: technician writes use 'required'. */
    idempotent?: 'required' | 'optional';
  }
  interface FastifyInstance {
    /** Every route with its declared roles, filled when the app is ready (the role tests read it). */
    routeTable: RouteEntry[];
  }
}

/** The options of a console route that reads `capability`: its roles come from the role table. */
export function consoleRead<S extends FastifySchema>(capability: Capability, schema: S) {
  return { config: { access: [capability, 'read'] as const }, schema };
}

/**
 * The options of a console route that writes `capability`: the one audit row it writes, and an
 * optional Idempotency-Key (a repeat answers the first answer).
 */
export function consoleWrite<S extends FastifySchema>(capability: Capability, audit: NonNullable<FastifyContextConfig['audit']>, schema: S) {
  return { config: { access: [capability, 'write'] as const, idempotent: 'optional' as const, audit }, schema };
}

/**
 * The options of a console write that takes no Idempotency-Key: its answer holds a secret (a
 * temporary password) that a replay would have to keep in clear in the idempotency table.
 */
export function consoleWriteOnce<S extends FastifySchema>(capability: Capability, audit: NonNullable<FastifyContextConfig['audit']>, schema: S) {
  return { config: { access: [capability, 'write'] as const, audit }, schema };
}

/** The options of a route on the caller's own session or account (any console role); `audit` when it writes. */
export function signedIn<S extends FastifySchema>(schema: S, audit?: NonNullable<FastifyContextConfig['audit']>) {
  return { config: { access: 'signed-in' as const, audit }, schema };
}

/** The options of a route anyone may call (sign-in, health); `audit` when it writes. */
export function publicRoute<S extends FastifySchema>(schema: S, audit?: NonNullable<FastifyContextConfig['audit']>) {
  return { config: { roles: 'public' as const, audit }, schema };
}

/** The params of a route on one entity: `/:id`. */
export const IdParams = z.strictObject({ id: Id });

/** The schema of `PATCH /:id` on a versioned entity: its id, the strict patch, and the entity answered (with its ETag). */
export function patchByIdSchema<B extends z.ZodType, R extends z.ZodType>(summary: string, tags: string[], body: B, entity: R) {
  return { summary, tags, params: IdParams, body, response: { 200: entity } };
}

/** The options of a technician app route that reads (bearer token). */
export function technicianRead<S extends FastifySchema>(schema: S) {
  return { config: { roles: TECHNICIAN }, schema };
}

/** The options of a technician app write: an Idempotency-Key is required (the app retries), one audit row. */
export function technicianWrite<S extends FastifySchema>(audit: NonNullable<FastifyContextConfig['audit']>, schema: S) {
  return { config: { roles: TECHNICIAN, idempotent: 'required' as const, audit }, schema };
}

export interface RouteEntry {
  method: string;
  url: string;
  roles: RouteRoles;
  access?: RouteAccess;
  idempotent?: 'required' | 'optional';
}

export const TECHNICIAN = ['technician'] as const satisfies readonly Role[];

export const isFieldUrl = (url: string) => url === '/api/field' || url.startsWith('/api/field/');

/** The roles the role table gives a console route's declared access. */
export function rolesFor(access: RouteAccess): readonly Role[] {
  return access === 'signed-in' ? consoleRoles : rolesThatMay(...access);
}

/**
 * Collects every route, turns console routes' `access` into their roles (the role table's), and
 * refuses to start when one declares no roles, a console route lists roles of its own, or a route
 * declares roles that its side cannot have (technicians on a console route, console roles on /api/field).
 * Third-party routes (docs, static files) are made public with `markRoutesPublic` in their scope.
 */
export function routeAccess(app: FastifyInstance): void {
  const seen: { route: RouteOptions; problem: string | null }[] = [];
  app.decorate('routeTable', [] as RouteEntry[]);
  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    const problem = checkDeclaration(route.url, route.config?.roles, access);
    if (access !== undefined && !problem) route.config = { ...route.config, roles: rolesFor(access) };
    seen.push({ route, problem });
    documentAccess(route);
  });
  app.addHook('onReady', async () => {
    const problems: string[] = [];
    for (const { route, problem } of seen) {
      for (const method of [route.method].flat()) {
        const roles = route.config?.roles;
        const found = problem ?? checkRoles(route.url, roles, route.config?.access);
        if (found) problems.push(`${method} ${route.url}: ${found}`);
        else app.routeTable.push({ method, url: route.url, roles: roles!, access: route.config?.access, idempotent: route.config?.idempotent });
      }
    }
    if (problems.length > 0) throw new Error(`Routes refused (fail closed): ${problems.join('; ')}`);
  });
}

/** The declaration as written: console routes name a capability, the others list their roles. */
function checkDeclaration(url: string, roles: RouteRoles | undefined, access: RouteAccess | undefined): string | null {
  if (access === undefined) return null;
  if (isFieldUrl(url)) return 'field routes declare roles (technician), not access';
  if (roles !== undefined) return 'declares both access and roles: the role table gives the roles';
  return null;
}

function checkRoles(url: string, roles: RouteRoles | undefined, access: RouteAccess | undefined): string | null {
  if (roles === undefined) return 'declares no roles (config.access, or config.roles off the console)';
  if (roles === 'public') return null;
  if (roles.length === 0) return 'declares an empty role list';
  if (roles.some((r) => !allRoles.includes(r))) return 'declares an unknown role';
  if (isFieldUrl(url)) return roles.every((r) => r === 'technician') ? null : 'field routes accept technicians only';
  if (roles.includes('technician')) return 'console routes refuse technicians';
  return access === undefined ? 'console routes declare config.access (the role table), not a list of roles' : null;
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
