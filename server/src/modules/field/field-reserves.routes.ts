import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { FieldJobParams, FieldReserveInput, FieldReserveParams, FieldReservePatch, FieldReserveResult } from '@contract';
import { technicianWrite } from '../../plugins/route-access';
import { fieldActor } from './field-actor';
import { raiseReserve, updateReserve } from './field-reserves.service';

/** Reserves raised on report fields of the caller's job: /api/field/jobs/:id/reserves. */
export const fieldReservesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/jobs/:id/reserves',
    technicianWrite('reserve', {
      summary: 'Raise a reserve on a field of the report (managers are alerted live)',
      tags: ['field'],
      params: FieldJobParams,
      body: FieldReserveInput,
      response: { 201: FieldReserveResult },
    }),
    async (request, reply) => {
      const result = await raiseReserve(app.db, request.params.id, request.body, fieldActor(request));
      return reply.code(201).send(result);
    },
  );

  app.patch(
    '/jobs/:id/reserves/:rid',
    technicianWrite('reserve', {
      summary: 'Change the status or description of a reserve of the job in progress',
      tags: ['field'],
      params: FieldReserveParams,
      body: FieldReservePatch,
      response: { 200: FieldReserveResult },
    }),
    async (request) => updateReserve(app.db, request.params.id, request.params.rid, request.body, fieldActor(request)),
  );
};
