import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { JobBoard, JobBoardQuery, JobExportQuery, JobListQuery, JobOverlaps, JobOverlapsQuery, JobPage } from '@contract';
import { loadJobBoard } from './jobs-board.repository';
import { exportJobsCsv } from './jobs-export';
import { JobPositions } from './job-positions';
import { listJobs } from './jobs-list.repository';
import { findOverlaps } from './jobs-overlaps.repository';
import { leanSerializerCompiler, projectionOf } from '../../plugins/lean-serializer';
import { AnswerCache, sendSerializedJson } from '../../shared/answer-cache';
import { consoleRead } from '../../plugins/route-access';
import { sendCsvDownload } from '../../shared/csv-export';

/**
 * Reading jobs, under /api/jobs: the grid (filters, views, keyset pages), its CSV export, the
 * schedule board and the job form's overlap warning. Static paths, so they win over `/:id`.
 */
export const jobsListRoutes: FastifyPluginAsyncZod = async (app) => {
  // Each instance keeps its own sample of every sort (deep jumps, estimates), taken once it is ready.
  const positions = new JobPositions(app.db);
  app.addHook('onReady', async () => {
    positions.refresh().catch((error: unknown) => app.log.warn({ err: error }, 'jobs sort sample not taken'));
  });
  app.addHook('preClose', () => positions.stop());
  // The grid's blocks as sent, while nothing is written (shared/answer-cache.ts): the answer depends
  // on the query only (every console role sees every job), and on the clock for a second at most.
  const answers = new AnswerCache({ maxEntries: 200, clockBucketMs: 1000 });
  const serializeJobPage = projectionOf(JobPage);

  app.get(
    '',
    {
      ...consoleRead('jobs', {
        summary: 'List jobs: filters, views (`today` is the server\'s day in UTC), index-backed sorts, keyset pages',
        tags: ['jobs'],
        querystring: JobListQuery,
        response: { 200: JobPage },
      }),
      // The grid's blocks, fifty managers at once: rows built field by field by toSummaries.
      serializerCompiler: leanSerializerCompiler,
    },
    async (request, reply) => {
      const answer = await answers.answer(await app.dataVersion(), request.url, async () =>
        JSON.stringify(serializeJobPage(await listJobs(app.db, request.query, positions))),
      );
      return sendSerializedJson(reply, answer);
    },
  );

  app.get(
    '/export.csv',
    consoleRead('jobs', {
      summary: 'The jobs matching the filters as CSV (UTF-8 with BOM, `;` separated), streamed',
      tags: ['jobs'],
      querystring: JobExportQuery,
      produces: ['text/csv'],
    }),
    async (request, reply) => sendCsvDownload(reply, 'jobs', exportJobsCsv(app.db, request.query)),
  );

  app.get(
    '/board',
    consoleRead('jobs', {
      summary: 'The schedule board: technicians, their jobs overlapping [from, to) (at most 14 days) and the pool',
      tags: ['jobs'],
      querystring: JobBoardQuery,
      response: { 200: JobBoard },
    }),
    async (request) => loadJobBoard(app.db, request.query),
  );

  app.get(
    '/overlaps',
    consoleRead('jobs', {
      summary: "Other jobs of these technicians overlapping [start, end): the job form's warning",
      tags: ['jobs'],
      querystring: JobOverlapsQuery,
      response: { 200: JobOverlaps },
    }),
    async (request) => findOverlaps(app.db, request.query),
  );
};
