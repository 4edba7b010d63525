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
  MAX_IMPORT_BYTES,
} from '@contract';
import { actorOf } from '../../plugins/audit';
import { versionedEntityRoutes } from '../../plugins/versioned-entity-routes';
import { consoleRead } from '../../plugins/route-access';
import { sendCsvDownload } from '../../shared/csv-export';
import { exportCatalogCsv } from './catalog-export';
import { importCatalog } from './catalog-import.service';
import { findItem, listItems } from './catalog-items.repository';
import { createItem, updateItem } from './catalog-items.service';

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
    async (request, reply) => sendCsvDownload(reply, 'catalog', exportCatalogCsv(app.db, request.query)),
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

  versionedEntityRoutes(app, {
    capability: 'configuration',
    audit: 'catalog_item',
    tags: ['catalog'],
    collection: '/api/catalog/items',
    entity: CatalogItemDetail,
    create: { summary: 'Create an item', body: CatalogItemInput, run: createItem },
    read: { summary: 'One item, with its serial units and stock count', what: 'This item', run: findItem },
    update: { summary: 'Change an item (If-Match: its version)', body: CatalogItemPatch, run: updateItem },
  });
};
