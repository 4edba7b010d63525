import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { HealthStatus } from '@contract';
import { publicRoute } from '../../plugins/route-access';
import { AppError } from '../../shared/errors';

/** GET /api/health: liveness and a real database round trip, no sign-in needed. */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    publicRoute({ summary: 'Liveness and database check', tags: ['health'], response: { 200: HealthStatus } }),
    async (request) => {
      try {
        await sql`select 1`.execute(app.db);
      } catch (err) {
        request.log.error({ err }, 'health: database unreachable');
        throw new AppError(503, 'database_unavailable', 'The database cannot be reached.');
      }
      return { status: 'ok' as const, database: app.dbKind };
    },
  );
};
