import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const jobsWriteRoutes: FastifyPluginAsyncZod = async () => {};
