import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { JobType, JobTypeList, SetJobTypeDefault } from '@contract';
import { consoleRead } from '../../plugins/route-access';
import { versionedEdits } from '../../plugins/versioned-entity-routes';
import { listJobTypes } from './job-types.repository';
import { setJobTypeDefault } from './job-types.service';

/** Job types and their default report template: /api/job-types. */
export const jobTypesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    consoleRead('configuration', { summary: 'The active job types, by code', tags: ['job-types'], response: { 200: JobTypeList } }),
    async () => ({ items: await listJobTypes(app.db) }),
  );

  versionedEdits(app, { capability: 'configuration', audit: 'job_type', tags: ['job-types'], entity: JobType })(
    'PATCH',
    '/:id',
    "Set the job type's default template (If-Match); it must be published (422 template_not_published)",
    SetJobTypeDefault,
    (db, id, body, version, actor) => setJobTypeDefault(db, id, body.defaultTemplateId, version, actor),
  );
};
