import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CatalogFamily, CatalogFamilyInput, CatalogFamilyList, CatalogFamilyPatch, Id } from '@contract';
import { actorOf } from '../../plugins/audit';
import { consoleRead, consoleWrite, patchByIdSchema } from '../../plugins/route-access';
import { expectedVersion, sendCreated, withEtag } from '../../shared/versioning';
import { listFamilies } from './catalog-families.repository';
import { createFamily, deleteFamily, updateFamily } from './catalog-families.service';

const Params = z.strictObject({ id: Id });

/** Catalog families: /api/catalog/families. */
export const catalogFamiliesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    consoleRead('configuration', { summary: 'Families in display order, with their number of items', tags: ['catalog'], response: { 200: CatalogFamilyList } }),
    async () => ({ items: await listFamilies(app.db) }),
  );

  app.post(
    '',
    consoleWrite('configuration', 'catalog_family', { summary: 'Add a family (placed last)', tags: ['catalog'], body: CatalogFamilyInput, response: { 201: CatalogFamily } }),
    async (request, reply) => sendCreated(reply, '/api/catalog/families', await createFamily(app.db, request.body, actorOf(request))),
  );

  app.patch(
    '/:id',
    consoleWrite('configuration', 'catalog_family', patchByIdSchema('Rename and/or move a family (If-Match: its version)', ['catalog'], CatalogFamilyPatch, CatalogFamily)),
    async (request, reply) => withEtag(reply, await updateFamily(app.db, request.params.id, request.body, expectedVersion(request), actorOf(request))),
  );

  app.delete(
    '/:id',
    consoleWrite('configuration', 'catalog_family', {
      summary: 'Delete an empty family (409 family_not_empty otherwise); If-Match optional',
      tags: ['catalog'],
      params: Params,
      response: { 204: z.null().describe('Deleted') },
    }),
    async (request, reply) => {
      const version = request.headers['if-match'] ? expectedVersion(request) : null;
      await deleteFamily(app.db, request.params.id, version, actorOf(request));
      return reply.code(204).send(null);
    },
  );
};
