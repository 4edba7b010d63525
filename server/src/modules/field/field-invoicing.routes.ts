import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const fieldInvoicingRoutes: FastifyPluginAsyncZod = async () => {};
