import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FieldCatalog, FieldCatalogQuery, FieldItemChange, FieldItemInput, FieldItemParams, FieldItemPatch, FieldJobParams, FieldTakeBackChange, InstalledUnitsBySite, FieldTakeBackParams, TakeBackCheck, TakeBackCheckInput, TakeBackInput, TakeBackPatch } from '@contract';
import { TECHNICIAN, technicianRead, technicianWrite } from '../../plugins/route-access';
import { installedUnitsBySite } from '../serial-units';
import { readCallerJob } from './field-job-access';
import { readFieldCatalog } from './field-catalog.repository';
import { addJobItem, removeJobItem, updateJobItem } from './field-items.service';
import { fieldActor } from './field-actor';
import { addTakeBack, checkTakeBack, removeTakeBack, updateTakeBack } from './field-take-backs.service';

const tags = ['field'];

/**
 * Parts, services and take-backs of the caller's jobs (issue 7; source, steps 5 and 6):
 * /api/field/catalog and /api/field/jobs/:id/items|take-backs. Writes need a started or paused
 * job; the units and stock move when the job ends (job-parts-settlement.ts).
 */
export const fieldInvoicingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/catalog',
    technicianRead({
      summary: "Families, and active parts and services by name (family, kind, q: beginning of the name or reference; keyset pages), with the caller's van stock",
      tags,
      querystring: FieldCatalogQuery,
      response: { 200: FieldCatalog },
    }),
    async (request) => readFieldCatalog(app.db, fieldActor(request).id, request.query),
  );

  app.get(
    '/jobs/:id/installed-units',
    technicianRead({
      summary: "The equipment installed at the job's customer, by site (what a technician may take back; the serial is still checked)",
      tags,
      params: FieldJobParams,
      response: { 200: InstalledUnitsBySite },
    }),
    async (request) => {
      const { job } = await readCallerJob(app.db, request.params.id, fieldActor(request).id);
      return installedUnitsBySite(app.db, job.customerId);
    },
  );

  app.post(
    '/jobs/:id/items',
    technicianWrite('job_item', {
      summary: "Add a part or service line at the catalog's price of the moment (a serialized part: quantity 1 and a serial OK in the caller's van)",
      tags,
      params: FieldJobParams,
      body: FieldItemInput,
      response: { 201: FieldItemChange },
    }),
    async (request, reply) => {
      const actor = fieldActor(request);
      const change = await addJobItem(app.db, request.params.id, request.body, actor);
      return reply.code(201).send(change);
    },
  );

  app.patch(
    '/jobs/:id/items/:lineId',
    technicianWrite('job_item', { summary: "Change a line's quantity or serial (its price stays the one of the moment it was added)", tags, params: FieldItemParams, body: FieldItemPatch, response: { 200: FieldItemChange } }),
    async (request) => {
      const actor = fieldActor(request);
      return updateJobItem(app.db, request.params.id, request.params.lineId, request.body, actor);
    },
  );

  app.delete(
    '/jobs/:id/items/:lineId',
    technicianWrite('job_item', { summary: 'Remove a line', tags, params: FieldItemParams, response: { 204: z.null() } }),
    async (request, reply) => {
      const actor = fieldActor(request);
      await removeJobItem(app.db, request.params.id, request.params.lineId, actor);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/jobs/:id/take-backs/check',
    {
      config: { roles: TECHNICIAN, audit: { none: 'A look-up: answers whether the serial is installed at the customer, changes nothing.' } },
      schema: {
        summary: "Is this serial installed at the job's customer? Found: its item and family; else the customer's families of parts to choose from",
        tags,
        params: FieldJobParams,
        body: TakeBackCheckInput,
        response: { 200: TakeBackCheck },
      },
    },
    async (request) => {
      const actor = fieldActor(request);
      return checkTakeBack(app.db, request.params.id, request.body.serial, actor);
    },
  );

  app.post(
    '/jobs/:id/take-backs',
    technicianWrite('take_back', {
      summary: 'Take back a serialized part with its status (ok, needs_repair, obsolete); the unit moves when the job ends',
      tags,
      params: FieldJobParams,
      body: TakeBackInput,
      response: { 201: FieldTakeBackChange },
    }),
    async (request, reply) => {
      const actor = fieldActor(request);
      const change = await addTakeBack(app.db, request.params.id, request.body, actor);
      return reply.code(201).send(change);
    },
  );

  app.patch(
    '/jobs/:id/take-backs/:tid',
    technicianWrite('take_back', { summary: "Change a take-back's serial, part or status until the job ends", tags, params: FieldTakeBackParams, body: TakeBackPatch, response: { 200: FieldTakeBackChange } }),
    async (request) => {
      const actor = fieldActor(request);
      return updateTakeBack(app.db, request.params.id, request.params.tid, request.body, actor);
    },
  );

  app.delete(
    '/jobs/:id/take-backs/:tid',
    technicianWrite('take_back', { summary: 'Delete a take-back until the job ends', tags, params: FieldTakeBackParams, response: { 204: z.null() } }),
    async (request, reply) => {
      const actor = fieldActor(request);
      await removeTakeBack(app.db, request.params.id, request.params.tid, actor);
      return reply.code(204).send(null);
    },
  );
};
