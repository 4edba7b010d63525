import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
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
import { consoleRead, consoleWrite, IdParams } from '../../plugins/route-access';
import { notFound } from '../../shared/errors';
import { expectedVersion, foundWithEtag, sendCreated, withEtag } from '../../shared/versioning';
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

/** A write on one job (If-Match): it answers the job page's JobDetail with its ETag. */
function jobWrite<B extends z.ZodType>(summary: string, body: B) {
  return consoleWrite('jobs', 'job', { summary, tags, params: IdParams, body, response: { 200: JobDetail } });
}

/** Creating, editing and moving jobs through their life: /api/jobs (issue 6). Every write answers the job page's JobDetail. */
export const jobsWriteRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '',
    consoleWrite('jobs', 'job', { summary: 'Create a job (status from its manager, dates and `schedule`)', tags, body: JobInput, response: { 201: JobDetail } }),
    async (request, reply) => sendCreated(reply, '/api/jobs', await createJob(app.db, request.body, actorOf(request))),
  );

  app.get(
    '/:id',
    consoleRead('jobs', { summary: 'A job with everything its page shows', tags, params: IdParams, response: { 200: JobDetail } }),
    async (request, reply) => foundWithEtag(reply, await loadJobDetail(app.db, request.params.id), 'This job'),
  );

  app.get(
    '/by-number/:number',
    consoleRead('jobs', { summary: 'A job by its number (J-000123)', tags, params: NumberParams, response: { 200: JobDetail } }),
    async (request, reply) => {
      const id = await findJobIdByNumber(app.db, request.params.number);
      return foundWithEtag(reply, id ? await loadJobDetail(app.db, id) : undefined, 'This job');
    },
  );

  app.get(
    '/:id/events',
    consoleRead('jobs', { summary: "The job's history, oldest first", tags, params: IdParams, response: { 200: EventList } }),
    async (request) => {
      if (!(await findJobRow(app.db, request.params.id))) throw notFound('This job');
      return { items: await loadJobEvents(app.db, request.params.id) };
    },
  );

  app.patch(
    '/:id',
    jobWrite('Change the planning of a job that has not started (If-Match); removing its manager or a date sends it back to the pool', JobPatch),
    async (request, reply) => withEtag(reply, await updateJob(app.db, request.params.id, request.body, expectedVersion(request), actorOf(request))),
  );

  app.post(
    '/:id/duplicate',
    consoleWrite('jobs', 'job', { summary: 'Copy a job into a new one in the job pool (no dates, no report data)', tags, params: IdParams, body: NoBody, response: { 201: JobDetail } }),
    async (request, reply) => sendCreated(reply, '/api/jobs', await duplicateJob(app.db, request.params.id, actorOf(request))),
  );

  app.post(
    '/:id/schedule',
    jobWrite('Confirm the schedule (needs a job manager and dates; If-Match)', JobScheduleInput.nullish()),
    async (request, reply) => withEtag(reply, await scheduleJob(app.db, request.params.id, expectedVersion(request), actorOf(request))),
  );

  app.post(
    '/:id/reschedule',
    jobWrite('New dates and optionally technicians (If-Match); a pool job with a manager and dates gets scheduled', JobRescheduleInput),
    async (request, reply) => withEtag(reply, await rescheduleJob(app.db, request.params.id, request.body, expectedVersion(request), actorOf(request))),
  );

  app.post(
    '/:id/cancel',
    jobWrite('Cancel a job with a reason (If-Match)', JobCancelInput),
    async (request, reply) => withEtag(reply, await cancelJob(app.db, request.params.id, request.body.reason, expectedVersion(request), actorOf(request))),
  );

  app.post(
    '/:id/validate',
    jobWrite('Validate a completed job after review (If-Match)', JobValidateInput.nullish()),
    async (request, reply) => withEtag(reply, await validateJob(app.db, request.params.id, expectedVersion(request), actorOf(request))),
  );

  app.post(
    '/:id/reopen',
    jobWrite('Send a completed job back to its technicians with a reason (If-Match); the report is kept', JobReopenInput),
    async (request, reply) => withEtag(reply, await reopenJob(app.db, request.params.id, request.body.reason, expectedVersion(request), actorOf(request))),
  );
};
