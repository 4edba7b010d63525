import type { FastifyPluginAsync } from 'fastify';
import { depotsRoutes, stockTransfersRoutes } from './depots.routes';

/** Depots, their stock and transfers (issue 4), registered under /api. */
export const depotsModule: FastifyPluginAsync = async (app) => {
  await app.register(depotsRoutes, { prefix: '/depots' });
  await app.register(stockTransfersRoutes, { prefix: '/stock-transfers' });
};
