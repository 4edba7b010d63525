import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { FieldDeclineInput, FieldDeclineResult, FieldJobParams } from '@contract';
import { technicianWrite } from '../../plugins/route-access';
import { declineJob } from './field-decline.service';
import { fieldActor } from './field-actor';

/** POST /api/field/jobs/:id/decline: back to dispatch (when settings.technicianDeclineAllowed). */
export const fieldDeclineRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/jobs/:id/decline',
    technicianWrite('job', {
      summary: 'Decline a scheduled job or ask for another date (job manager; 403 decline_disabled when the setting is off)',
      tags: ['field'],
      params: FieldJobParams,
      body: FieldDeclineInput,
      response: { 200: FieldDeclineResult },
    }),
    async (request) => declineJob(app.db, request.params.id, request.body, fieldActor(request)),
  );
};
