import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { FieldJobCopy, FieldJobCreateInput, FieldJobDetail, FieldJobDuplicateInput, FieldJobParams } from '@contract';
import { technicianWrite } from '../../plugins/route-access';
import { createFieldJob } from './field-create.service';
import { duplicateFieldJob } from './field-duplicate.service';
import { fieldActor } from './field-actor';
import { loadFieldJobDetail } from './field-job-detail.repository';

/** POST /api/field/jobs and …/:id/duplicate: a technician creates a job (when settings.technicianJobCreation). */
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

  app.post(
    '/jobs/:id/duplicate',
    technicianWrite('job', {
      summary: 'Duplicate one of your jobs (source, step 1.2): with dates, scheduled for you; without, to the job pool (403 job_creation_disabled when the setting is off)',
      tags: ['field'],
      params: FieldJobParams,
      body: FieldJobDuplicateInput,
      response: { 201: FieldJobCopy },
    }),
    async (request, reply) => {
      const copy = await duplicateFieldJob(app.db, request.params.id, request.body, fieldActor(request));
      if (copy.assignedToYou) reply.header('location', `/api/field/jobs/${copy.id}`);
      return reply.code(201).send(copy);
    },
  );
};
