import type { FastifyPluginAsync } from 'fastify';
import { depotsRoutes, stockTransfersRoutes } from './depots.routes';
import { stockShortfallsRoutes } from './stock-shortfalls.routes';

/** Depots, their stock and transfers (issue 4) and stock shortfalls (issue 14), registered under /api. */
export const depotsModule: FastifyPluginAsync = async (app) => {
  await app.register(depotsRoutes, { prefix: '/depots' });
  await app.register(stockTransfersRoutes, { prefix: '/stock-transfers' });
  await app.register(stockShortfallsRoutes, { prefix: '/stock-shortfalls' });
};
