import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { FieldCatalog, FieldCatalogQuery, FieldItemChange, FieldItemInput, FieldItemParams, FieldItemPatch, FieldJobParams, FieldTakeBackChange, InstalledUnitsBySite, FieldTakeBackParams, TakeBackCheck, TakeBackCheckInput, TakeBackInput, TakeBackPatch } from '@contract';
import { TECHNICIAN, technicianRead } from '../../plugins/route-access';
import { installedUnitsBySite } from '../serial-units';
import { readCallerJob } from './field-job-access';
import { readFieldCatalog } from './field-catalog.repository';
import { addJobItem, removeJobItem, updateJobItem } from './field-items.service';
import { fieldActor } from './field-actor';
import { jobLineRoutes } from './job-line-routes';
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

  jobLineRoutes(app, {
    collection: 'items',
    lineParam: 'lineId',
    params: FieldItemParams,
    audit: 'job_item',
    tags,
    change: FieldItemChange,
    add: {
      summary: "Add a part or service line at the catalog's price of the moment (a serialized part: quantity 1 and a serial OK in the caller's van)",
      body: FieldItemInput,
      run: addJobItem,
    },
    update: { summary: "Change a line's quantity or serial (its price stays the one of the moment it was added)", body: FieldItemPatch, run: updateJobItem },
    remove: { summary: 'Remove a line', run: removeJobItem },
  });

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

  jobLineRoutes(app, {
    collection: 'take-backs',
    lineParam: 'tid',
    params: FieldTakeBackParams,
    audit: 'take_back',
    tags,
    change: FieldTakeBackChange,
    add: {
      summary: 'Take back a serialized part with its status (ok, needs_repair, obsolete); the unit moves when the job ends',
      body: TakeBackInput,
      run: addTakeBack,
    },
    update: { summary: "Change a take-back's serial, part or status until the job ends", body: TakeBackPatch, run: updateTakeBack },
    remove: { summary: 'Delete a take-back until the job ends', run: removeTakeBack },
  });
};
