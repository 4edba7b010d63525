import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { FieldJobCreateInput, FieldJobDetail } from '@contract';
import { technicianWrite } from '../../plugins/route-access';
import { createFieldJob } from './field-create.service';
import { fieldActor } from './field-actor';
import { loadFieldJobDetail } from './field-job-detail.repository';

/** POST /api/field/jobs: a technician creates a job (when settings.technicianJobCreation). */
export const fieldCreateRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/jobs',
    technicianWrite('job', {
      summary: 'Create a job, scheduled, with the caller as its job manager (403 job_creation_disabled when the setting is off)',
      tags: ['field'],
      body: FieldJobCreateInput,
      response: { 201: FieldJobDetail },
    }),
    async (request, reply) => {
      const job = await createFieldJob(app.db, request.body, fieldActor(request));
      const detail = await loadFieldJobDetail(app.db, job, 'manager', app.publicUrl);
      return reply.code(201).header('location', `/api/field/jobs/${job.id}`).send(detail);
    },
  );
};
