import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CreateDepotRequest, Depot, DepotList, DepotMovementPage, DepotMovementQuery, ReceiptRequest, ReceiptResult, StockPage, StockQuery, TransferRequest, TransferResult } from '@contract';
import { actorOf } from '../../plugins/audit';
import { consoleRead, consoleWrite, IdParams } from '../../plugins/route-access';
import { notFound } from '../../shared/errors';
import { expectedVersion, foundWithEtag, sendCreated } from '../../shared/versioning';
import { listDepotMovements } from './depot-movements.repository';
import { findDepot, listDepots, listStock } from './depots.repository';
import { createVan, deleteDepot } from './depots.service';
import { receiveStock } from './receipts.service';
import { transferStock } from './transfers.service';

const tags = ['depots'];

/** The main depot and the technicians' vans, their stock and receipts: /api/depots. */
export const depotsRoutes: FastifyPluginAsyncZod = async (app) => {
  /** An archived van's page does not open: its lists answer 404 too. */
  const assertOpenDepot = async (id: string) => {
    const depot = await app.db.selectFrom('depots').select('id').where('id', '=', id).where('archivedAt', 'is', null).executeTakeFirst();
    if (!depot) throw notFound('This depot');
  };

  app.get(
    '',
    consoleRead('depots', { summary: 'Every depot: the main depot first, then vans by owner name', tags, response: { 200: DepotList } }),
    async () => ({ items: await listDepots(app.db) }),
  );

  app.post(
    '',
    consoleWrite('depots', 'depot', { summary: "Create a technician's van (one per technician)", tags, body: CreateDepotRequest, response: { 201: Depot } }),
    async (request, reply) => sendCreated(reply, '/api/depots', await createVan(app.db, request.body, actorOf(request))),
  );

  app.get(
    '/:id',
    { config: { access: ['depots', 'read'] }, schema: { summary: 'A depot with its counts', tags, params: IdParams, response: { 200: Depot } } },
    async (request, reply) => foundWithEtag(reply, await findDepot(app.db, request.params.id), 'This depot'),
  );

  app.delete(
    '/:id',
    consoleWrite('depots', 'depot', { summary: 'Delete an empty van (never the main depot); If-Match optional', tags, params: IdParams, response: { 204: z.null() } }),
    async (request, reply) => {
      const version = request.headers['if-match'] === undefined ? undefined : expectedVersion(request);
      await deleteDepot(app.db, request.params.id, version, actorOf(request));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/:id/stock',
    consoleRead('depots', {
      summary: "A depot's quantities of stock-tracked items, by item name; q: beginning of the name or reference",
      tags,
      params: IdParams,
      querystring: StockQuery,
      response: { 200: StockPage },
    }),
    async (request) => {
      await assertOpenDepot(request.params.id);
      return listStock(app.db, request.params.id, request.query);
    },
  );

  app.get(
    '/:id/movements',
    consoleRead('depots', {
      summary: "A depot's stock movements, in and out, newest first (keyset pages); a movement with a stock shortfall says so, and whether it is settled",
      tags,
      params: IdParams,
      querystring: DepotMovementQuery,
      response: { 200: DepotMovementPage },
    }),
    async (request) => {
      await assertOpenDepot(request.params.id);
      return listDepotMovements(app.db, request.params.id, request.query);
    },
  );

  app.post(
    '/:id/receipts',
    consoleWrite('depots', 'depot', {
      summary: 'Receive quantities or serial numbers; any bad line refuses it all (422 receipt_rejected, details.lines)',
      tags,
      params: IdParams,
      body: ReceiptRequest,
      response: { 201: ReceiptResult },
    }),
    async (request, reply) => reply.code(201).send(await receiveStock(app.db, request.params.id, request.body, actorOf(request))),
  );
};

/** Moves between depots: /api/stock-transfers. */
export const stockTransfersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '',
    consoleWrite('depots', 'depot', {
      summary: 'Move quantities and serial units from one depot to another, all or nothing',
      tags,
      body: TransferRequest,
      response: { 201: TransferResult },
    }),
    async (request, reply) => reply.code(201).send(await transferStock(app.db, request.body, actorOf(request))),
  );
};
