import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const fieldJobsRoutes: FastifyPluginAsyncZod = async () => {};
