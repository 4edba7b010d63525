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
import { foundWithEtag, sendCreated } from '../../shared/versioning';
import { versionedEdits, versionedEntityRoutes } from '../../plugins/versioned-entity-routes';
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

/** Creating, editing and moving jobs through their life: /api/jobs (issue 6). Every write answers the job page's JobDetail. */
export const jobsWriteRoutes: FastifyPluginAsyncZod = async (app) => {
  const job = { capability: 'jobs', audit: 'job', tags, entity: JobDetail } as const;
  /** A write on one job (If-Match): it answers the job page's JobDetail with its ETag. */
  const jobWrite = versionedEdits(app, job);

  versionedEntityRoutes(app, {
    ...job,
    collection: '/api/jobs',
    create: { summary: 'Create a job (status from its manager, dates and `schedule`)', body: JobInput, run: createJob },
    read: { summary: 'A job with everything its page shows', what: 'This job', run: loadJobDetail },
    update: {
      summary: 'Change the planning of a job that has not started (If-Match); removing its manager or a date sends it back to the pool',
      body: JobPatch,
      run: updateJob,
    },
  });

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

  app.post(
    '/:id/duplicate',
    consoleWrite('jobs', 'job', { summary: 'Copy a job into a new one in the job pool (no dates, no report data)', tags, params: IdParams, body: NoBody, response: { 201: JobDetail } }),
    async (request, reply) => sendCreated(reply, '/api/jobs', await duplicateJob(app.db, request.params.id, actorOf(request))),
  );

  jobWrite('POST', '/:id/schedule', 'Confirm the schedule (needs a job manager and dates; If-Match)', JobScheduleInput.nullish(), (db, id, _body, version, actor) =>
    scheduleJob(db, id, version, actor),
  );
  jobWrite('POST', '/:id/reschedule', 'New dates and optionally technicians (If-Match); a pool job with a manager and dates gets scheduled', JobRescheduleInput, rescheduleJob);
  jobWrite('POST', '/:id/cancel', 'Cancel a job with a reason (If-Match)', JobCancelInput, (db, id, body, version, actor) => cancelJob(db, id, body.reason, version, actor));
  jobWrite('POST', '/:id/validate', 'Validate a completed job after review (If-Match)', JobValidateInput.nullish(), (db, id, _body, version, actor) =>
    validateJob(db, id, version, actor),
  );
  jobWrite('POST', '/:id/reopen', 'Send a completed job back to its technicians with a reason (If-Match); the report is kept', JobReopenInput, (db, id, body, version, actor) =>
    reopenJob(db, id, body.reason, version, actor),
  );
};
