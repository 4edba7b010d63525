import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ReserveBulkInput,
  ReserveBulkResult,
  ReserveDetail,
  ReserveEvents,
  ReserveFollowUpInput,
  ReserveFollowUpResult,
  ReserveListQuery,
  ReservePage,
  ReservePatch,
  ReserveStats,
} from '@contract';
import { actorOf } from '../../plugins/audit';
import { consoleRead, consoleWrite, IdParams } from '../../plugins/route-access';
import { versionedEdits } from '../../plugins/versioned-entity-routes';
import { notFound } from '../../shared/errors';
import { foundWithEtag } from '../../shared/versioning';
import { createFollowUpJob } from './reserve-follow-up.service';
import { loadReserveDetail, loadReserveEvents } from './reserve-detail.repository';
import { listReserves } from './reserves.repository';
import { bulkUpdateReserves, patchReserve } from './reserves.service';
import { reserveStats } from './reserve-stats.repository';

/** The supervisors' triage of reserves: /api/reserves (DOMAIN.md: supervisors and administrators triage, dispatchers read). */
export const reservesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    consoleRead('reserves', {
      summary: 'Reserves, newest raised first (filters, quick views, keyset pages)',
      tags: ['reserves'],
      querystring: ReserveListQuery,
      response: { 200: ReservePage },
    }),
    async (request) => listReserves(app.db, request.query, request.principal!.user.id),
  );

  app.get(
    '/stats',
    consoleRead('reserves', { summary: 'Reserves opened vs closed per week, open reserves by age, top fields', tags: ['reserves'], response: { 200: ReserveStats } }),
    async () => reserveStats(app.db),
  );

  app.post(
    '/bulk',
    consoleWrite('reserves', 'reserve', {
      summary: "Change the status and/or assignee of several reserves, each at its current state (no If-Match); one audit row per reserve changed",
      tags: ['reserves'],
      body: ReserveBulkInput,
      response: { 200: ReserveBulkResult },
    }),
    async (request) => bulkUpdateReserves(app.db, request.body, actorOf(request)),
  );

  app.get(
    '/:id',
    consoleRead('reserves', {
      summary: "A reserve with its field's answer, the job's photos, the follow-up job and the history",
      tags: ['reserves'],
      params: IdParams,
      response: { 200: ReserveDetail },
    }),
    async (request, reply) => foundWithEtag(reply, await loadReserveDetail(app.db, request.params.id), 'This reserve'),
  );

  app.get(
    '/:id/events',
    consoleRead('reserves', { summary: "A reserve's history, oldest first", tags: ['reserves'], params: IdParams, response: { 200: ReserveEvents } }),
    async (request) => {
      const exists = await app.db.selectFrom('reserves').select('id').where('id', '=', request.params.id).executeTakeFirst();
      if (!exists) throw notFound('This reserve');
      return { items: await loadReserveEvents(app.db, request.params.id) };
    },
  );

  versionedEdits(app, { capability: 'reserves', audit: 'reserve', tags: ['reserves'], entity: ReserveDetail })(
    'PATCH',
    '/:id',
    'Change the status (with a comment), comment, or assign a reserve (If-Match: its version; 412 when stale)',
    ReservePatch,
    patchReserve,
  );

  app.post(
    '/:id/follow-up-job',
    consoleWrite('reserves', 'job', {
      summary: "Create a follow-up job from the reserve's job, linked both ways (409 follow_up_exists when there is one)",
      tags: ['reserves'],
      params: IdParams,
      body: ReserveFollowUpInput,
      response: { 201: ReserveFollowUpResult },
    }),
    async (request, reply) => {
      const created = await createFollowUpJob(app.db, request.params.id, request.body, actorOf(request));
      return reply.code(201).header('location', `/api/jobs/${created.job.id}`).send(created);
    },
  );
};
