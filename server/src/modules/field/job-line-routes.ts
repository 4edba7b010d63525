import type { FastifyContextConfig, FastifyInstance, FastifyRequest, RouteShorthandOptions } from 'fastify';
import { z } from 'zod';
import { FieldJobParams } from '@contract';
import type { Actor } from '../../plugins/audit';
import { technicianWrite } from '../../plugins/route-access';
import { fieldActor } from './field-actor';

type Db = FastifyInstance['db'];

/** One kind of line a technician keeps on a job (parts and services, take-backs): its routes and use cases. */
export interface JobLineRoutes<I extends z.ZodType, P extends z.ZodType, C extends z.ZodType> {
  /** The collection under `/jobs/:id`: 'items'. */
  collection: string;
  /** The line's id in the URL and in `params`: 'lineId'. */
  lineParam: string;
  /** `{ id, [lineParam] }`. */
  params: z.ZodType;
  audit: NonNullable<FastifyContextConfig['audit']>;
  tags: string[];
  /** What an add or a change answers. */
  change: C;
  add: { summary: string; body: I; run: (db: Db, jobId: string, input: z.output<I>, actor: Actor) => Promise<z.output<C>> };
  update: { summary: string; body: P; run: (db: Db, jobId: string, lineId: string, patch: z.output<P>, actor: Actor) => Promise<z.output<C>> };
  remove: { summary: string; run: (db: Db, jobId: string, lineId: string, actor: Actor) => Promise<void> };
}

/**
 * The job and line ids and the body the route's zod schemas validated before the handler runs:
 * Fastify's type provider cannot follow schemas that are type parameters.
 */
function validated<B>(request: FastifyRequest, lineParam: string): { jobId: string; lineId: string; body: B } {
  const params = request.params as Record<string, string>;
  return { jobId: params['id'], lineId: params[lineParam], body: request.body as B };
}

/**
 * `POST /jobs/:id/<collection>` (201), `PATCH` and `DELETE /jobs/:id/<collection>/:<lineParam>` (204)
 * of the caller's job: every kind of line is added, changed and removed alike.
 */
export function jobLineRoutes<I extends z.ZodType, P extends z.ZodType, C extends z.ZodType>(app: FastifyInstance, spec: JobLineRoutes<I, P, C>): void {
  const { collection, lineParam, params, audit, tags, change, add, update, remove } = spec;
  const lineUrl = `/jobs/:id/${collection}/:${lineParam}`;
  const addOptions: RouteShorthandOptions = technicianWrite(audit, { summary: add.summary, tags, params: FieldJobParams, body: add.body, response: { 201: change } });
  app.post(`/jobs/:id/${collection}`, addOptions, async (request, reply) => {
    const { jobId, body } = validated<z.output<I>>(request, lineParam);
    return reply.code(201).send(await add.run(app.db, jobId, body, fieldActor(request)));
  });
  const updateOptions: RouteShorthandOptions = technicianWrite(audit, { summary: update.summary, tags, params, body: update.body, response: { 200: change } });
  app.patch(lineUrl, updateOptions, async (request) => {
    const { jobId, lineId, body } = validated<z.output<P>>(request, lineParam);
    return update.run(app.db, jobId, lineId, body, fieldActor(request));
  });
  const removeOptions: RouteShorthandOptions = technicianWrite(audit, { summary: remove.summary, tags, params, response: { 204: z.null() } });
  app.delete(lineUrl, removeOptions, async (request, reply) => {
    const { jobId, lineId } = validated(request, lineParam);
    await remove.run(app.db, jobId, lineId, fieldActor(request));
    return reply.code(204).send(null);
  });
}
