import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const fieldMediaRoutes: FastifyPluginAsyncZod = async () => {};
