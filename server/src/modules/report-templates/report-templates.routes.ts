import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateReportTemplate,
  Id,
  ReportTemplate,
  ReportTemplateListQuery,
  ReportTemplatePage,
  ReportTemplateVersion,
  SaveReportTemplate,
} from '@contract';
import type { FastifyReply } from 'fastify';
import { actorOf } from '../../plugins/audit';
import { consoleRead, consoleWrite, IdParams } from '../../plugins/route-access';
import { notFound } from '../../shared/errors';
import { expectedVersion, setEtag } from '../../shared/versioning';
import { findTemplate, findVersion, listTemplates } from './report-templates.repository';
import {
  archiveTemplate,
  createTemplate,
  duplicateTemplate,
  publishTemplate,
  restoreTemplate,
  saveTemplate,
} from './report-templates.service';

const tags = ['report-templates'];
/** Actions carry no body; one that is sent must be empty (unknown fields are refused, not ignored). */
const NoBody = z.strictObject({}).nullish();
const VersionParams = z.strictObject({ id: Id, n: z.coerce.number().int().min(1).max(1_000_000) });

const answer = (reply: FastifyReply, template: ReportTemplate, status = 200) => {
  setEtag(reply, template.version);
  return reply.code(status).send(template);
};

/** Report templates and their frozen versions: /api/report-templates (console reads, administrators write). */
export const reportTemplatesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    consoleRead('configuration', {
      summary: 'List templates, sorted by name (filter by status, search in the name; keyset pages)',
      tags,
      querystring: ReportTemplateListQuery,
      response: { 200: ReportTemplatePage },
    }),
    async (request) => listTemplates(app.db, request.query),
  );

  app.post(
    '',
    consoleWrite('configuration', 'report_template', { summary: 'Create a draft template', tags, body: CreateReportTemplate, response: { 201: ReportTemplate } }),
    async (request, reply) => {
      const created = await createTemplate(app.db, request.body, actorOf(request));
      reply.header('location', `/api/report-templates/${created.id}`);
      return answer(reply, created, 201);
    },
  );

  app.get(
    '/:id',
    consoleRead('configuration', { summary: 'A template with its draft and its versions', tags, params: IdParams, response: { 200: ReportTemplate } }),
    async (request, reply) => {
      const template = await findTemplate(app.db, request.params.id);
      if (!template) throw notFound('This report template');
      return answer(reply, template);
    },
  );

  app.put(
    '/:id',
    consoleWrite('configuration', 'report_template', {
      summary: 'Save the draft, name and description (If-Match); published versions never change',
      tags,
      params: IdParams,
      body: SaveReportTemplate,
      response: { 200: ReportTemplate },
    }),
    async (request, reply) => {
      const version = expectedVersion(request);
      return answer(reply, await saveTemplate(app.db, request.params.id, request.body, version, actorOf(request)));
    },
  );

  app.post(
    '/:id/publish',
    consoleWrite('configuration', 'report_template', { summary: 'Freeze the draft as version N+1 (If-Match)', tags, params: IdParams, body: NoBody, response: { 200: ReportTemplate } }),
    async (request, reply) => {
      const version = expectedVersion(request);
      return answer(reply, await publishTemplate(app.db, request.params.id, version, actorOf(request)));
    },
  );

  app.get(
    '/:id/versions/:n',
    consoleRead('configuration', { summary: 'One published version, as frozen', tags, params: VersionParams, response: { 200: ReportTemplateVersion } }),
    async (request) => {
      const version = await findVersion(app.db, request.params.id, request.params.n);
      if (!version) throw notFound('This template version');
      return version;
    },
  );

  app.post(
    '/:id/duplicate',
    consoleWrite('configuration', 'report_template', { summary: 'Copy a template into a new draft', tags, params: IdParams, body: NoBody, response: { 201: ReportTemplate } }),
    async (request, reply) => {
      const copy = await duplicateTemplate(app.db, request.params.id, actorOf(request));
      reply.header('location', `/api/report-templates/${copy.id}`);
      return answer(reply, copy, 201);
    },
  );

  app.post(
    '/:id/archive',
    consoleWrite('configuration', 'report_template', {
      summary: 'Archive (If-Match): no new job uses it; refused for a default template (409 template_is_default)',
      tags,
      params: IdParams,
      body: NoBody,
      response: { 200: ReportTemplate },
    }),
    async (request, reply) => {
      const version = expectedVersion(request);
      return answer(reply, await archiveTemplate(app.db, request.params.id, version, actorOf(request)));
    },
  );

  app.post(
    '/:id/restore',
    consoleWrite('configuration', 'report_template', { summary: 'Restore an archived template (If-Match)', tags, params: IdParams, body: NoBody, response: { 200: ReportTemplate } }),
    async (request, reply) => {
      const version = expectedVersion(request);
      return answer(reply, await restoreTemplate(app.db, request.params.id, version, actorOf(request)));
    },
  );
};
