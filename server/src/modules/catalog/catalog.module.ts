import type { FastifyPluginAsync } from 'fastify';
import { catalogFamiliesRoutes } from './catalog-families.routes';
import { catalogItemsRoutes } from './catalog-items.routes';

/** The parts & services catalog: /api/catalog/families and /api/catalog/items. */
export const catalogModule: FastifyPluginAsync = async (app) => {
  app.register(catalogFamiliesRoutes, { prefix: '/families' });
  app.register(catalogItemsRoutes, { prefix: '/items' });
};
