import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CatalogFamily, CatalogFamilyInput, CatalogFamilyList, CatalogFamilyPatch, Id } from '@contract';
import { actorOf } from '../../plugins/audit';
import { expectedVersion, setEtag } from '../../shared/versioning';
import { listFamilies } from './catalog-families.repository';
import { createFamily, deleteFamily, updateFamily } from './catalog-families.service';

const Params = z.strictObject({ id: Id });

/** Catalog families: /api/catalog/families. */
export const catalogFamiliesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config: { access: ['configuration', 'read'] },
      schema: { summary: 'Families in display order, with their number of items', tags: ['catalog'], response: { 200: CatalogFamilyList } },
    },
    async () => ({ items: await listFamilies(app.db) }),
  );

  app.post(
    '',
    {
      config: { access: ['configuration', 'write'], idempotent: 'optional', audit: 'catalog_family' },
      schema: { summary: 'Add a family (placed last)', tags: ['catalog'], body: CatalogFamilyInput, response: { 201: CatalogFamily } },
    },
    async (request, reply) => {
      const created = await createFamily(app.db, request.body, actorOf(request));
      setEtag(reply, created.version);
      return reply.code(201).header('location', `/api/catalog/families/${created.id}`).send(created);
    },
  );

  app.patch(
    '/:id',
    {
      config: { access: ['configuration', 'write'], idempotent: 'optional', audit: 'catalog_family' },
      schema: {
        summary: 'Rename and/or move a family (If-Match: its version)',
        tags: ['catalog'],
        params: Params,
        body: CatalogFamilyPatch,
        response: { 200: CatalogFamily },
      },
    },
    async (request, reply) => {
      const version = expectedVersion(request);
      const updated = await updateFamily(app.db, request.params.id, request.body, version, actorOf(request));
      setEtag(reply, updated.version);
      return updated;
    },
  );

  app.delete(
    '/:id',
    {
      config: { access: ['configuration', 'write'], idempotent: 'optional', audit: 'catalog_family' },
      schema: {
        summary: 'Delete an empty family (409 family_not_empty otherwise); If-Match optional',
        tags: ['catalog'],
        params: Params,
        response: { 204: z.null().describe('Deleted') },
      },
    },
    async (request, reply) => {
      const version = request.headers['if-match'] ? expectedVersion(request) : null;
      await deleteFamily(app.db, request.params.id, version, actorOf(request));
      return reply.code(204).send(null);
    },
  );
};
