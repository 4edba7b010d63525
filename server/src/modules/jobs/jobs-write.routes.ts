import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  JobCancelInput,
  JobDetail,
  JobEvent,
  JobInput,
  JobPatch,
  JobReopenInput,
  JobRescheduleInput,
  JobScheduleInput,
  JobValidateInput,
} from '@contract';
import { actorOf } from '../../plugins/audit';
import { consoleRead, IdParams } from '../../plugins/route-access';
import { notFound } from '../../shared/errors';
import { expectedVersion, sendCreated, setEtag } from '../../shared/versioning';
import { loadJobEvents } from '../job-report';
import { loadJobDetail } from './job-detail.repository';
import { findJobIdByNumber, findJobRow } from './jobs.repository';
import { cancelJob, rescheduleJob, reopenJob, scheduleJob, validateJob } from './job-moves.service';
import { duplicateJob } from './job-duplicate.service';
import { createJob, updateJob } from './jobs.service';

const NumberParams = z.strictObject({ number: z.string().min(1).max(40) });
const EventList = z.object({ items: z.array(JobEvent) });
/** Bodiless actions accept no body or `{}`, and refuse anything else. */
const NoBody = z.strictObject({}).nullish();
const tags = ['jobs'];
const WRITE = { access: ['jobs', 'write'], idempotent: 'optional', audit: 'job' } as const;

function answer(reply: FastifyReply, job: JobDetail): JobDetail {
  setEtag(reply, job.version);
  return job;
}

/** Creating, editing and moving jobs through their life: /api/jobs (issue 6). Every write answers the job page's JobDetail. */
export const jobsWriteRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '',
    {
      config: WRITE,
      schema: { summary: 'Create a job (status from its manager, dates and `schedule`)', tags, body: JobInput, response: { 201: JobDetail } },
    },
    async (request, reply) => sendCreated(reply, '/api/jobs', await createJob(app.db, request.body, actorOf(request))),
  );

  app.get(
    '/:id',
    { config: { access: ['jobs', 'read'] }, schema: { summary: 'A job with everything its page shows', tags, params: IdParams, response: { 200: JobDetail } } },
    async (request, reply) => {
      const job = await loadJobDetail(app.db, request.params.id);
      if (!job) throw notFound('This job');
      return answer(reply, job);
    },
  );

  app.get(
    '/by-number/:number',
    consoleRead('jobs', { summary: 'A job by its number (J-000123)', tags, params: NumberParams, response: { 200: JobDetail } }),
    async (request, reply) => {
      const id = await findJobIdByNumber(app.db, request.params.number);
      const job = id ? await loadJobDetail(app.db, id) : undefined;
      if (!job) throw notFound('This job');
      return answer(reply, job);
    },
  );

  app.get(
    '/:id/events',
    { config: { access: ['jobs', 'read'] }, schema: { summary: "The job's history, oldest first", tags, params: IdParams, response: { 200: EventList } } },
    async (request) => {
      if (!(await findJobRow(app.db, request.params.id))) throw notFound('This job');
      return { items: await loadJobEvents(app.db, request.params.id) };
    },
  );

  app.patch(
    '/:id',
    {
      config: WRITE,
      schema: {
        summary: 'Change the planning of a job that has not started (If-Match); removing its manager or a date sends it back to the pool',
        tags,
        params: IdParams,
        body: JobPatch,
        response: { 200: JobDetail },
      },
    },
    async (request, reply) =>
      answer(reply, await updateJob(app.db, request.params.id, request.body, expectedVersion(request), actorOf(request))),
  );

  app.post(
    '/:id/duplicate',
    {
      config: WRITE,
      schema: { summary: 'Copy a job into a new one in the job pool (no dates, no report data)', tags, params: IdParams, body: NoBody, response: { 201: JobDetail } },
    },
    async (request, reply) => sendCreated(reply, '/api/jobs', await duplicateJob(app.db, request.params.id, actorOf(request))),
  );

  app.post(
    '/:id/schedule',
    {
      config: WRITE,
      schema: { summary: 'Confirm the schedule (needs a job manager and dates; If-Match)', tags, params: IdParams, body: JobScheduleInput.nullish(), response: { 200: JobDetail } },
    },
    async (request, reply) => answer(reply, await scheduleJob(app.db, request.params.id, expectedVersion(request), actorOf(request))),
  );

  app.post(
    '/:id/reschedule',
    {
      config: WRITE,
      schema: {
        summary: 'New dates and optionally technicians (If-Match); a pool job with a manager and dates gets scheduled',
        tags,
        params: IdParams,
        body: JobRescheduleInput,
        response: { 200: JobDetail },
      },
    },
    async (request, reply) =>
      answer(reply, await rescheduleJob(app.db, request.params.id, request.body, expectedVersion(request), actorOf(request))),
  );

  app.post(
    '/:id/cancel',
    {
      config: WRITE,
      schema: { summary: 'Cancel a job with a reason (If-Match)', tags, params: IdParams, body: JobCancelInput, response: { 200: JobDetail } },
    },
    async (request, reply) =>
      answer(reply, await cancelJob(app.db, request.params.id, request.body.reason, expectedVersion(request), actorOf(request))),
  );

  app.post(
    '/:id/validate',
    {
      config: WRITE,
      schema: { summary: 'Validate a completed job after review (If-Match)', tags, params: IdParams, body: JobValidateInput.nullish(), response: { 200: JobDetail } },
    },
    async (request, reply) => answer(reply, await validateJob(app.db, request.params.id, expectedVersion(request), actorOf(request))),
  );

  app.post(
    '/:id/reopen',
    {
      config: WRITE,
      schema: {
        summary: 'Send a completed job back to its technicians with a reason (If-Match); the report is kept',
        tags,
        params: IdParams,
        body: JobReopenInput,
        response: { 200: JobDetail },
      },
    },
    async (request, reply) =>
      answer(reply, await reopenJob(app.db, request.params.id, request.body.reason, expectedVersion(request), actorOf(request))),
  );
};
