import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { OnlineView, OnlineViewPageParams, OnlineViewPageQuery, OnlineViewParams, type Locale } from '@contract';
import { z } from 'zod';
import { actorOf } from '../../plugins/audit';
import { consoleRead, consoleWrite } from '../../plugins/route-access';
import { loadReportPdfData } from '../review';
import { settingsFor } from '../settings';
import { LinkGuessLimiter } from './link-guess-limiter';
import { renderLinkProblemPage, renderOnlineViewPage } from './online-view-page';
import { jobContact } from './online-view.repository';
import { describeOnlineView, openOnlineView, reissueOnlineView, revokeOnlineView } from './online-view.service';

const tags = ['jobs'];
const NoBody = z.strictObject({}).nullish();

/** The office's side of a job's online view, under /api/jobs: see it, revoke it, issue a new one. */
export const onlineViewOfficeRoutes: FastifyPluginAsyncZod<{ publicUrl: string }> = async (app, { publicUrl }) => {
  app.get(
    '/:id/online-view',
    consoleRead('jobs', { summary: "The job's online-view link (for the customer): state, expiry, last opened", tags, params: OnlineViewParams, response: { 200: OnlineView } }),
    async (request) => describeOnlineView(app.db, publicUrl, request.params.id),
  );
  app.post(
    '/:id/online-view/revoke',
    consoleWrite('jobs', 'job', { summary: "Stop the job's online-view link (audited); it answers 404 from now on", tags, params: OnlineViewParams, body: NoBody, response: { 200: OnlineView } }),
    async (request) => revokeOnlineView(app.db, publicUrl, request.params.id, actorOf(request)),
  );
  app.post(
    '/:id/online-view/reissue',
    consoleWrite('jobs', 'job', { summary: 'Issue a new online-view link (audited); every earlier link stops working', tags, params: OnlineViewParams, body: NoBody, response: { 200: OnlineView } }),
    async (request) => reissueOnlineView(app.db, publicUrl, request.params.id, actorOf(request)),
  );
};

const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'private, no-store',
  'x-robots-tag': 'noindex, nofollow, noarchive',
  'referrer-policy': 'no-referrer',
};

/**
 * GET /view/{jobId}/{token}: the job's online view, without signing in. A link that does not open,
 * whatever the reason (no such job, wrong, revoked, expired), is the same 404 page; a client that
 * keeps trying such links gets 429. Query parameters other than `lang` are ignored: shared links
 * pick up tracking parameters on their way through mail clients.
 */
export const onlineViewPageRoutes: FastifyPluginAsyncZod = async (app) => {
  const limiter = new LinkGuessLimiter();
  app.get(
    '/view/:jobId/:token',
    {
      config: { roles: 'public' },
      schema: { summary: "A job's online view (HTML), opened from its link without signing in", tags, params: OnlineViewPageParams, querystring: OnlineViewPageQuery },
    },
    async (request, reply) => {
      const { jobId, token } = request.params;
      const settings = await settingsFor(app.db);
      const asked = request.query.lang;
      const locale: Locale = asked === 'en' || asked === 'fr' ? asked : settings.companyLanguage;
      reply.headers(PAGE_HEADERS);
      const wait = limiter.retryAfter(request.ip);
      if (wait > 0) return reply.code(429).header('retry-after', String(wait)).send(renderLinkProblemPage(locale, 'too_many'));
      if (!(await openOnlineView(app.db, jobId, token))) {
        limiter.failed(request.ip);
        return reply.code(404).send(renderLinkProblemPage(locale, 'not_found'));
      }
      const [data, contact] = await Promise.all([loadReportPdfData(app.db, jobId), jobContact(app.db, jobId)]);
      const other = locale === 'fr' ? 'en' : 'fr';
      return reply.send(renderOnlineViewPage(data, { contact, showPrices: settings.onlineViewShowsPrices }, locale, `?lang=${other}`));
    },
  );
};
