import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CatalogFamily, CatalogFamilyInput, CatalogFamilyList, CatalogFamilyPatch } from '@contract';
import { actorOf } from '../../plugins/audit';
import { versionedEntityRoutes } from '../../plugins/versioned-entity-routes';
import { consoleRead, consoleWrite, IdParams } from '../../plugins/route-access';
import { expectedVersion } from '../../shared/versioning';
import { listFamilies } from './catalog-families.repository';
import { createFamily, deleteFamily, updateFamily } from './catalog-families.service';

/** Catalog families: /api/catalog/families. */
export const catalogFamiliesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    consoleRead('configuration', { summary: 'Families in display order, with their number of items', tags: ['catalog'], response: { 200: CatalogFamilyList } }),
    async () => ({ items: await listFamilies(app.db) }),
  );

  versionedEntityRoutes(app, {
    capability: 'configuration',
    audit: 'catalog_family',
    tags: ['catalog'],
    collection: '/api/catalog/families',
    entity: CatalogFamily,
    create: { summary: 'Add a family (placed last)', body: CatalogFamilyInput, run: createFamily },
    update: { summary: 'Rename and/or move a family (If-Match: its version)', body: CatalogFamilyPatch, run: updateFamily },
  });

  app.delete(
    '/:id',
    consoleWrite('configuration', 'catalog_family', {
      summary: 'Delete an empty family (409 family_not_empty otherwise); If-Match optional',
      tags: ['catalog'],
      params: IdParams,
      response: { 204: z.null().describe('Deleted') },
    }),
    async (request, reply) => {
      const version = request.headers['if-match'] ? expectedVersion(request) : null;
      await deleteFamily(app.db, request.params.id, version, actorOf(request));
      return reply.code(204).send(null);
    },
  );
};
