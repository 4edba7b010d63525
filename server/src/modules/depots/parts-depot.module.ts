import type { FastifyPluginAsync } from 'fastify';
import { installedUnitsRoutes, repairQueueRoutes, serialUnitsRoutes } from '../serial-units/serial-units.routes';
import { depotsRoutes, stockTransfersRoutes } from './depots.routes';

/** Depots, stock, transfers, serial units and repairs (issue 4), registered under /api. */
export const partsDepotModule: FastifyPluginAsync = async (app) => {
  await app.register(depotsRoutes, { prefix: '/depots' });
  await app.register(stockTransfersRoutes, { prefix: '/stock-transfers' });
  await app.register(serialUnitsRoutes, { prefix: '/serial-units' });
  await app.register(repairQueueRoutes, { prefix: '/repairs' });
  await app.register(installedUnitsRoutes, { prefix: '/customers' });
};
