import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AnswerCorrectionInput, AnswerCorrectionParams, JobDetail, ReportPdfParams, type Locale } from '@contract';
import { actorOf } from '../../plugins/audit';
import { consoleRead, consoleWrite } from '../../plugins/route-access';
import { expectedVersion, setEtag } from '../../shared/versioning';
import { correctAnswer } from './answer-correction.service';
import { renderReportPdf } from './report-pdf';
import { loadReportPdfData } from './report-pdf-data.repository';

const tags = ['review'];

/**
 * The review's routes on a job, under /api/jobs (issue 8): correcting an answer of a returned job,
 * and the job report as a PDF document.
 */
export const reviewJobsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.put(
    '/:id/answers/:fieldId',
    consoleWrite('review', 'job', {
      summary: 'Correct one answer of a returned job during review (If-Match); audited with before and after, may clear signatures',
      tags,
      params: AnswerCorrectionParams,
      body: AnswerCorrectionInput,
      response: { 200: JobDetail },
    }),
    async (request, reply) => {
      const { id, fieldId } = request.params;
      const job = await correctAnswer(app.db, id, fieldId, request.body, expectedVersion(request), actorOf(request));
      setEtag(reply, job.version);
      return job;
    },
  );

  app.get(
    '/:id/report.pdf',
    consoleRead('review', {
      summary: "The job report as an A4 PDF, in the caller's language (streamed, shown inline)",
      tags,
      params: ReportPdfParams,
      produces: ['application/pdf'],
    }),
    async (request, reply) => {
      const data = await loadReportPdfData(app.db, request.params.id);
      const locale: Locale = request.principal?.user.locale === 'fr' ? 'fr' : 'en';
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${data.number.replace(/[^\w.-]/g, '_')}.pdf"`)
        .header('cache-control', 'private, no-store')
        .send(renderReportPdf(data, locale));
    },
  );
};
