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
import { actorOf } from '../../plugins/audit';
import { consoleRead, consoleWrite, IdParams } from '../../plugins/route-access';
import { versionedEdits } from '../../plugins/versioned-entity-routes';
import { notFound } from '../../shared/errors';
import { foundWithEtag, sendCreated } from '../../shared/versioning';
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
const collection = '/api/report-templates';
/** Actions carry no body; one that is sent must be empty (unknown fields are refused, not ignored). */
const NoBody = z.strictObject({}).nullish();
const VersionParams = z.strictObject({ id: Id, n: z.coerce.number().int().min(1).max(1_000_000) });

/** Report templates and their frozen versions: /api/report-templates (console reads, administrators write). */
export const reportTemplatesRoutes: FastifyPluginAsyncZod = async (app) => {
  /** An edit of one template (If-Match): it answers the template with its ETag. */
  const templateEdit = versionedEdits(app, { capability: 'configuration', audit: 'report_template', tags, entity: ReportTemplate });

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
    async (request, reply) => sendCreated(reply, collection, await createTemplate(app.db, request.body, actorOf(request))),
  );

  app.get(
    '/:id',
    consoleRead('configuration', { summary: 'A template with its draft and its versions', tags, params: IdParams, response: { 200: ReportTemplate } }),
    async (request, reply) => foundWithEtag(reply, await findTemplate(app.db, request.params.id), 'This report template'),
  );

  templateEdit('PUT', '/:id', 'Save the draft, name and description (If-Match); published versions never change', SaveReportTemplate, saveTemplate);

  templateEdit('POST', '/:id/publish', 'Freeze the draft as version N+1 (If-Match)', NoBody, (db, id, _body, version, actor) => publishTemplate(db, id, version, actor));

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
    async (request, reply) => sendCreated(reply, collection, await duplicateTemplate(app.db, request.params.id, actorOf(request))),
  );

  templateEdit(
    'POST',
    '/:id/archive',
    'Archive (If-Match): no new job uses it; refused for a default template (409 template_is_default)',
    NoBody,
    (db, id, _body, version, actor) => archiveTemplate(db, id, version, actor),
  );

  templateEdit('POST', '/:id/restore', 'Restore an archived template (If-Match)', NoBody, (db, id, _body, version, actor) => restoreTemplate(db, id, version, actor));
};
