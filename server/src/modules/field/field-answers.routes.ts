import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { FieldAnswerInput, FieldAnswerParams, FieldAnswerResult } from '@contract';
import { technicianWrite } from '../../plugins/route-access';
import { deleteAnswer, putAnswer } from './field-answers.service';
import { fieldActor } from './field-actor';

/** Report answers of the caller's job in progress: /api/field/jobs/:id/answers/:fieldId. */
export const fieldAnswersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.put(
    '/jobs/:id/answers/:fieldId',
    technicianWrite('job', {
      summary: 'Answer a field of the report (value checked against the field type; 422 field_hidden when its condition hides it)',
      tags: ['field'],
      params: FieldAnswerParams,
      body: FieldAnswerInput,
      response: { 200: FieldAnswerResult },
    }),
    async (request) => putAnswer(app.db, request.params.id, request.params.fieldId, request.body, fieldActor(request)),
  );

  app.delete(
    '/jobs/:id/answers/:fieldId',
    technicianWrite('job', { summary: 'Clear the answer of a field', tags: ['field'], params: FieldAnswerParams, response: { 200: FieldAnswerResult } }),
    async (request) => deleteAnswer(app.db, request.params.id, request.params.fieldId, fieldActor(request)),
  );
};
