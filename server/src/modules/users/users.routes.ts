import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AssigneeList, DeviceTokenList, Id, TechnicianList, User, UserCreateInput, UserListQuery, UserPage, UserPatch, UserWithTemporaryPassword } from '@contract';
import { actorOf } from '../../plugins/audit';
import { consoleRead, consoleWrite, consoleWriteOnce, IdParams } from '../../plugins/route-access';
import { versionedEdits } from '../../plugins/versioned-entity-routes';
import { notFound } from '../../shared/errors';
import { foundWithEtag, setEtag, withEtag } from '../../shared/versioning';
import { findUser, listAssignees, listDeviceTokens, listTechnicians, listUsers } from './users.repository';
import { createUser, resetPassword, revokeUserToken, setActive, updateUser } from './users.service';

const TokenParams = z.strictObject({ id: Id, tokenId: Id });

/**
 * Users, roles and technicians' device tokens: /api/users (administrators). Create and
 * reset-password answer a temporary password once; they take no Idempotency-Key because a replay
 * would have to keep that password in clear in the idempotency table.
 */
export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    consoleRead('administration', { summary: 'List users (by name; q, role, active filters; keyset pages)', tags: ['users'], querystring: UserListQuery, response: { 200: UserPage } }),
    async (request) => listUsers(app.db, request.query),
  );

  app.get(
    '/technicians',
    consoleRead('jobs', { summary: 'Active technicians, for pickers', tags: ['users'], response: { 200: TechnicianList } }),
    async () => ({ items: await listTechnicians(app.db) }),
  );

  app.get(
    '/assignees',
    consoleRead('reserves', { summary: 'Active supervisors and administrators: whom a reserve may be assigned to', tags: ['users'], response: { 200: AssigneeList } }),
    async () => ({ items: await listAssignees(app.db) }),
  );

  app.post(
    '',
    consoleWriteOnce('administration', 'user', { summary: 'Create a user; answers a temporary password, shown once', tags: ['users'], body: UserCreateInput, response: { 201: UserWithTemporaryPassword } }),
    async (request, reply) => {
      const created = await createUser(app.db, request.body, actorOf(request));
      setEtag(reply, created.user.version);
      reply.header('cache-control', 'no-store');
      return reply.code(201).header('location', `/api/users/${created.user.id}`).send(created);
    },
  );

  app.get(
    '/:id',
    consoleRead('administration', { summary: 'A user', tags: ['users'], params: IdParams, response: { 200: User } }),
    async (request, reply) => foundWithEtag(reply, await findUser(app.db, request.params.id), 'This user'),
  );

  versionedEdits(app, { capability: 'administration', audit: 'user', tags: ['users'], entity: User })(
    'PATCH',
    '/:id',
    'Change name, role, phone, language or active (If-Match); a role change or deactivation ends their sessions and tokens',
    UserPatch,
    updateUser,
  );

  app.post(
    '/:id/deactivate',
    consoleWrite('administration', 'user', { summary: 'Deactivate: every session and device token ends at once', tags: ['users'], params: IdParams, response: { 200: User } }),
    async (request, reply) => withEtag(reply, await setActive(app.db, request.params.id, false, actorOf(request))),
  );

  app.post(
    '/:id/reactivate',
    consoleWrite('administration', 'user', { summary: 'Reactivate a deactivated user', tags: ['users'], params: IdParams, response: { 200: User } }),
    async (request, reply) => withEtag(reply, await setActive(app.db, request.params.id, true, actorOf(request))),
  );

  app.post(
    '/:id/reset-password',
    consoleWriteOnce('administration', 'user', {
      summary: 'A new temporary password (shown once); ends their console sessions',
      tags: ['users'],
      params: IdParams,
      response: { 200: UserWithTemporaryPassword },
    }),
    async (request, reply) => {
      const result = await resetPassword(app.db, request.params.id, actorOf(request));
      reply.header('cache-control', 'no-store');
      return result;
    },
  );

  app.get(
    '/:id/device-tokens',
    consoleRead('administration', { summary: "The user's device tokens (technician app), live first", tags: ['users'], params: IdParams, response: { 200: DeviceTokenList } }),
    async (request) => {
      if (!(await findUser(app.db, request.params.id))) throw notFound('This user');
      return { items: await listDeviceTokens(app.db, request.params.id) };
    },
  );

  app.delete(
    '/:id/device-tokens/:tokenId',
    consoleWrite('administration', 'device_token', { summary: 'Revoke a device token: the app signs out on its next request', tags: ['users'], params: TokenParams }),
    async (request, reply) => {
      await revokeUserToken(app.db, request.params.id, request.params.tokenId, actorOf(request));
      return reply.code(204).send();
    },
  );
};
