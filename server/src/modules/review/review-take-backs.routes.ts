import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { JobDetail, TakeBackResolutionInput, TakeBackResolutionParams } from '@contract';
import { actorOf } from '../../plugins/audit';
import { consoleWrite } from '../../plugins/route-access';
import { setEtag } from '../../shared/versioning';
import { resolveTakeBackDiscrepancy } from './take-back-resolution.service';

/**
 * The office settles a take-back of a serial recorded somewhere else (issue 14 §1), under
 * /api/take-backs: the roles that review jobs. A take-back has no version of its own: a second
 * answer is a 409 (discrepancy_already_resolved).
 */
export const reviewTakeBacksRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/:id/resolution',
    consoleWrite('review', 'take_back', {
      summary: 'Settle a take-back recorded at another customer or in a depot: confirm the move, or correct the serial (audited); answers the job',
      tags: ['review'],
      params: TakeBackResolutionParams,
      body: TakeBackResolutionInput,
      response: { 200: JobDetail },
    }),
    async (request, reply) => {
      const job = await resolveTakeBackDiscrepancy(app.db, request.params.id, request.body, actorOf(request)!);
      setEtag(reply, job.version);
      return job;
    },
  );
};
