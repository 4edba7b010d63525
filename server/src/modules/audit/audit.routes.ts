import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditListQuery, AuditPage } from '@contract';
import { listAudit } from './audit.repository';
import { consoleRead } from '../../plugins/route-access';

/**
 * The audit trail: /api/audit (administrators). Read only, on purpose: no route edits or deletes
 * a row (server/test/audit.test.ts checks that none exists).
 */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    consoleRead('administration', {
      summary: 'Who changed what, when and from where (newest first; keyset pages)',
      tags: ['audit'],
      querystring: AuditListQuery,
      response: { 200: AuditPage },
    }),
    async (request) => listAudit(app.db, request.query),
  );
};
