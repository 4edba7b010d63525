import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { FieldJobDetail, FieldJobListQuery, FieldJobPage, FieldJobParams, FieldNoBody } from '@contract';
import { TECHNICIAN, technicianRead, technicianWrite } from '../../plugins/route-access';
import { fieldAnswersRoutes } from './field-answers.routes';
import { fieldCreateRoutes } from './field-create.routes';
import { fieldDeclineRoutes } from './field-decline.routes';
import { fieldActor } from './field-actor';
import { loadFieldJobDetail, readFieldJob } from './field-job-detail.repository';
import { changeJobStatus, receiveJob, type LifecycleAction } from './field-job-lifecycle.service';
import { listFieldJobs } from './field-jobs.repository';
import { fieldReservesRoutes } from './field-reserves.routes';

const LIFECYCLE: Record<LifecycleAction, string> = {
  start: 'Start the job (a repeated start answers the job unchanged)',
  pause: 'Pause the job (the time worked so far is kept)',
  resume: 'Resume a paused job',
  end: 'End the job (job manager only; 422 mandatory_fields_missing with details.missingFields while a visible mandatory field is empty)',
};

/** The caller's jobs and their lifecycle: /api/field/jobs (issue 7). */
export const fieldJobsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/jobs',
    technicianRead({
      summary: "The caller's jobs, soonest first: today and upcoming, and those in progress (keyset pages)",
      tags: ['field'],
      querystring: FieldJobListQuery,
      response: { 200: FieldJobPage },
    }),
    async (request) => listFieldJobs(app.db, fieldActor(request).id, request.query),
  );

  app.get(
    '/jobs/:id',
    technicianRead({
      summary: "One of the caller's jobs with its report (reading changes nothing: the app acknowledges receipt with POST …/received)",
      tags: ['field'],
      params: FieldJobParams,
      response: { 200: FieldJobDetail },
    }),
    async (request) => readFieldJob(app.db, request.params.id, fieldActor(request).id, app.publicUrl),
  );

  app.post(
    '/jobs/:id/received',
    technicianWrite('job', {
      summary: 'Acknowledge that the app downloaded the job: a scheduled job becomes synchronized; any other state answers it unchanged (a repeat is harmless)',
      tags: ['field'],
      params: FieldJobParams,
      body: FieldNoBody,
      response: { 200: FieldJobDetail },
    }),
    async (request) => {
      const { job, role } = await receiveJob(app.db, request.params.id, fieldActor(request));
      return loadFieldJobDetail(app.db, job, role, app.publicUrl);
    },
  );

  for (const action of Object.keys(LIFECYCLE) as LifecycleAction[]) {
    app.post(
      `/jobs/:id/${action}`,
      {
        config: { roles: TECHNICIAN, idempotent: 'required', audit: 'job' },
        schema: { summary: LIFECYCLE[action], tags: ['field'], params: FieldJobParams, body: FieldNoBody, response: { 200: FieldJobDetail } },
      },
      async (request) => {
        const { job, role } = await changeJobStatus(app.db, request.params.id, fieldActor(request), action);
        return loadFieldJobDetail(app.db, job, role, app.publicUrl);
      },
    );
  }

  await app.register(fieldAnswersRoutes);
  await app.register(fieldReservesRoutes);
  await app.register(fieldDeclineRoutes);
  await app.register(fieldCreateRoutes);
};
