import type { FastifyPluginAsync } from 'fastify';
import { onlineViewOfficeRoutes, onlineViewPageRoutes } from './online-view.routes';

/**
 * A job's online view (step 2.8 of the source): the public page at /view/… and the office's routes
 * under /api/jobs/{id}/online-view. Registered at the root: it mounts both prefixes itself.
 */
export const onlineViewModule: FastifyPluginAsync<{ publicUrl: string }> = async (app, { publicUrl }) => {
  await app.register(onlineViewPageRoutes);
  await app.register(onlineViewOfficeRoutes, { prefix: '/api/jobs', publicUrl });
};
