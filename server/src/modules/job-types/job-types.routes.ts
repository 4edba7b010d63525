import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { JobType, JobTypeList, SetJobTypeDefault } from '@contract';
import { actorOf } from '../../plugins/audit';
import { consoleRead, consoleWrite, patchByIdSchema } from '../../plugins/route-access';
import { expectedVersion, withEtag } from '../../shared/versioning';
import { listJobTypes } from './job-types.repository';
import { setJobTypeDefault } from './job-types.service';


/** Job types and their default report template: /api/job-types. */
export const jobTypesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    consoleRead('configuration', { summary: 'The active job types, by code', tags: ['job-types'], response: { 200: JobTypeList } }),
    async () => ({ items: await listJobTypes(app.db) }),
  );

  app.patch(
    '/:id',
    consoleWrite('configuration', 'job_type', patchByIdSchema("Set the job type's default template (If-Match); it must be published (422 template_not_published)", ['job-types'], SetJobTypeDefault, JobType)),
    async (request, reply) => withEtag(reply, await setJobTypeDefault(app.db, request.params.id, request.body.defaultTemplateId, expectedVersion(request), actorOf(request))),
  );
};
