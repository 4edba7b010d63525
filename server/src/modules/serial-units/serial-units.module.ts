import type { FastifyPluginAsync } from 'fastify';
import { installedUnitsRoutes, repairQueueRoutes, serialUnitsRoutes } from './serial-units.routes';

/** Serial units, repairs and a customer's installed units (issue 4), registered under /api. */
export const serialUnitsModule: FastifyPluginAsync = async (app) => {
  await app.register(serialUnitsRoutes, { prefix: '/serial-units' });
  await app.register(repairQueueRoutes, { prefix: '/repairs' });
  await app.register(installedUnitsRoutes, { prefix: '/customers' });
};
