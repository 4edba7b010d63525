import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ResolveShortfallRequest, StockShortfall, StockShortfallPage, StockShortfallParams, StockShortfallQuery } from '@contract';
import { actorOf } from '../../plugins/audit';
import { consoleRead, consoleWrite } from '../../plugins/route-access';
import { listShortfalls } from './stock-shortfalls.repository';
import { resolveShortfall } from './stock-shortfalls.service';

const tags = ['depots'];

/**
 * Stock shortfalls (issue 14 §4): part lines a van did not hold, fixed when their job ended —
 * /api/stock-shortfalls. Read by everyone who reads depots; settled by who runs them.
 */
export const stockShortfallsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    consoleRead('depots', {
      summary: "A period's stock shortfalls (by the end of their job, newest first; state: open or resolved), keyset pages",
      tags,
      querystring: StockShortfallQuery,
      response: { 200: StockShortfallPage },
    }),
    async (request) => listShortfalls(app.db, request.query),
  );

  app.post(
    '/:id/resolve',
    consoleWrite('depots', 'job_item', {
      summary:
        'Settle a shortfall once with a stock adjustment: van_count_corrected (the van held it), taken_from_depot (depotId: its stock goes down), written_off',
      tags,
      params: StockShortfallParams,
      body: ResolveShortfallRequest,
      response: { 200: StockShortfall },
    }),
    async (request) => resolveShortfall(app.db, request.params.id, request.body, actorOf(request)),
  );
};
