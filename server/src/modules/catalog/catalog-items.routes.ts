import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CatalogExportQuery,
  CatalogImportQuery,
  CatalogImportResult,
  CatalogItemDetail,
  CatalogItemInput,
  CatalogItemListQuery,
  CatalogItemPage,
  CatalogItemPatch,
  Id,
  MAX_IMPORT_BYTES,
} from '@contract';
import { actorOf } from '../../plugins/audit';
import { consoleRead, consoleWrite, patchByIdSchema } from '../../plugins/route-access';
import { expectedVersion, foundWithEtag, sendCreated, withEtag } from '../../shared/versioning';
import { exportCatalogCsv } from './catalog-export';
import { importCatalog } from './catalog-import.service';
import { findItem, listItems } from './catalog-items.repository';
import { createItem, updateItem } from './catalog-items.service';

const Params = z.strictObject({ id: Id });

/** Catalog items, their CSV export and import: /api/catalog/items. */
export const catalogItemsRoutes: FastifyPluginAsyncZod = async (app) => {
  // The import body is the CSV text itself (this scope only).
  app.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'string', bodyLimit: MAX_IMPORT_BYTES }, (_request, body, done) =>
    done(null, body),
  );

  app.get(
    '',
    consoleRead('configuration', {
      summary: 'List or search items (prefix of name or reference; family, kind, active; keyset pages)',
      tags: ['catalog'],
      querystring: CatalogItemListQuery,
      response: { 200: CatalogItemPage },
    }),
    async (request) => listItems(app.db, request.query),
  );

  app.get(
    '/export.csv',
    consoleRead('configuration', {
      summary: 'The items matching the filters as CSV (UTF-8 with BOM, `;` separated), streamed',
      tags: ['catalog'],
      querystring: CatalogExportQuery,
      produces: ['text/csv'],
    }),
    async (request, reply) => {
      const day = new Date().toISOString().slice(0, 10);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="catalog-${day}.csv"`)
        .header('cache-control', 'no-store')
        .send(exportCatalogCsv(app.db, request.query));
    },
  );

  app.post(
    '/import',
    {
      config: { access: ['configuration', 'write'], idempotent: 'optional', audit: 'catalog_item' },
      bodyLimit: MAX_IMPORT_BYTES,
      schema: {
        summary: 'Check (dryRun=true, default) or import (dryRun=false) a CSV of items; all lines or nothing (422 import_rejected)',
        tags: ['catalog'],
        consumes: ['text/csv'],
        querystring: CatalogImportQuery,
        body: z.string().describe('The CSV text (text/csv), at most 5 MB'),
        response: { 200: CatalogImportResult },
      },
    },
    async (request) => importCatalog(app.db, request.body, request.query.dryRun, actorOf(request)),
  );

  app.post(
    '',
    consoleWrite('configuration', 'catalog_item', { summary: 'Create an item', tags: ['catalog'], body: CatalogItemInput, response: { 201: CatalogItemDetail } }),
    async (request, reply) => sendCreated(reply, '/api/catalog/items', await createItem(app.db, request.body, actorOf(request))),
  );

  app.get(
    '/:id',
    consoleRead('configuration', { summary: 'One item, with its serial units and stock count', tags: ['catalog'], params: Params, response: { 200: CatalogItemDetail } }),
    async (request, reply) => foundWithEtag(reply, await findItem(app.db, request.params.id), 'This item'),
  );

  app.patch(
    '/:id',
    consoleWrite('configuration', 'catalog_item', patchByIdSchema('Change an item (If-Match: its version)', ['catalog'], CatalogItemPatch, CatalogItemDetail)),
    async (request, reply) => withEtag(reply, await updateItem(app.db, request.params.id, request.body, expectedVersion(request), actorOf(request))),
  );
};
