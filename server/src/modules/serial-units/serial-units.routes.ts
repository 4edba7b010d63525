import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  BulkRepairRequest,
  BulkRepairResult,
  InstalledUnitsBySite,
  RepairQueuePage,
  RepairQueueQuery,
  RepairRequest,
  SerialUnitDetail,
  SerialUnitDetailList,
  SerialUnitPage,
  SerialUnitQuery,
} from '@contract';
import { actorOf } from '../../plugins/audit';
import { consoleRead, consoleWrite, IdParams } from '../../plugins/route-access';
import { notFound } from '../../shared/errors';
import { foundWithEtag, optionalExpectedVersion, withEtag } from '../../shared/versioning';
import { installedUnitsBySite } from './installed-units.repository';
import { listRepairQueue } from './repair-queue.repository';
import { bulkRepair, repairUnit } from './repairs.service';
import { findUnitDetail, findUnitsBySerial, listUnits } from './serial-units.repository';

const SerialParams = z.strictObject({ serial: z.string().trim().toUpperCase().min(1).max(64) });
const tags = ['serial units'];

/** Serial units: search, a unit's whole life, repairs. /api/serial-units. */
export const serialUnitsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    consoleRead('depots', {
      summary: 'Search units by serial (exact or beginning) and filter them; keyset pages by serial',
      tags,
      querystring: SerialUnitQuery,
      response: { 200: SerialUnitPage },
    }),
    async (request) => listUnits(app.db, request.query),
  );

  app.get(
    '/by-serial/:serial',
    consoleRead('depots', {
      summary: 'Every unit with exactly this serial (unique per item, so possibly several), each with its history',
      tags,
      params: SerialParams,
      response: { 200: SerialUnitDetailList },
    }),
    async (request) => findUnitsBySerial(app.db, request.params.serial),
  );

  app.get(
    '/:id',
    consoleRead('depots', { summary: 'A unit with its whole history, oldest first', tags, params: IdParams, response: { 200: SerialUnitDetail } }),
    async (request, reply) => foundWithEtag(reply, await findUnitDetail(app.db, request.params.id), 'This serial unit'),
  );

  app.post(
    '/:id/repair',
    consoleWrite('depots', 'serial_unit', {
      summary: 'A unit needing repair is repaired (OK) or retired (obsolete); If-Match optional',
      tags,
      params: IdParams,
      body: RepairRequest,
      response: { 200: SerialUnitDetail },
    }),
    async (request, reply) => withEtag(reply, await repairUnit(app.db, request.params.id, { ...request.body, expectedVersion: optionalExpectedVersion(request) }, actorOf(request))),
  );

  app.post(
    '/repairs',
    consoleWrite('depots', 'serial_unit', {
      summary: 'Repair or retire many units: each one that cannot be is listed with why',
      tags,
      body: BulkRepairRequest,
      response: { 200: BulkRepairResult },
    }),
    async (request) => bulkRepair(app.db, request.body.unitIds, request.body, actorOf(request)),
  );
};

/** The repair queue: /api/repairs. */
export const repairQueueRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    consoleRead('depots', {
      summary: 'Units needing repair, newest take-back first, with who took them back from which customer and job',
      tags,
      querystring: RepairQueueQuery,
      response: { 200: RepairQueuePage },
    }),
    async (request) => listRepairQueue(app.db, request.query),
  );
};

/** Installed units of a customer: /api/customers/:id/installed-units. */
export const installedUnitsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/:id/installed-units',
    consoleRead('depots', {
      summary: 'Serial units installed at the customer, by site',
      tags,
      params: IdParams,
      response: { 200: InstalledUnitsBySite },
    }),
    async (request) => {
      const exists = await app.db.selectFrom('customers').select('id').where('id', '=', request.params.id).executeTakeFirst();
      if (!exists) throw notFound('This customer');
      return installedUnitsBySite(app.db, request.params.id, { forOffice: true });
    },
  );
};
