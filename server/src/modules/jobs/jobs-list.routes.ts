import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const jobsListRoutes: FastifyPluginAsyncZod = async () => {};
