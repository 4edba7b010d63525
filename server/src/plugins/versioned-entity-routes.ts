import type { FastifyContextConfig, FastifyInstance, FastifyRequest, RouteShorthandOptions } from 'fastify';
import { z } from 'zod';
import type { Capability } from '@contract/rules';
import { expectedVersion, foundWithEtag, sendCreated, withEtag } from '../shared/versioning';
import { actorOf } from './audit';
import { consoleRead, consoleWrite, IdParams, patchByIdSchema } from './route-access';

type Versioned = { id: string; version: number };
type Actor = ReturnType<typeof actorOf>;

/** A console-edited entity with a version: what its create, read and patch routes say and call. */
export interface VersionedEntityRoutes<I extends z.ZodType, P extends z.ZodType, E extends z.ZodType<Versioned>> {
  capability: Capability;
  audit: NonNullable<FastifyContextConfig['audit']>;
  tags: string[];
  /** The collection's URL, for the Location of a created entity: '/api/customers'. */
  collection: string;
  /** Its answers: the entity, with its ETag. */
  entity: E;
  create: { summary: string; body: I; run: (db: FastifyInstance['db'], input: z.output<I>, actor: Actor) => Promise<z.output<E>> };
  /** GET /:id; `what` names it in the 404 ("This customer"). */
  read?: { summary: string; what: string; run: (db: FastifyInstance['db'], id: string) => Promise<z.output<E> | null | undefined> };
  update: { summary: string; body: P; run: (db: FastifyInstance['db'], id: string, patch: z.output<P>, version: number, actor: Actor) => Promise<z.output<E>> };
}

/**
 * `POST ''` (201, Location and ETag), `GET /:id` (ETag, 404) and `PATCH /:id` (If-Match, ETag) of a
 * versioned entity, registered in that order: every console entity edited this way answers alike.
 */
/**
 * The body and id the route's zod schemas validated before the handler runs, typed by the spec:
 * Fastify's type provider cannot follow schemas that are type parameters.
 */
function validated<B>(request: FastifyRequest): { body: B; id: string } {
  return { body: request.body as B, id: (request.params as { id: string }).id };
}

export function versionedEntityRoutes<I extends z.ZodType, P extends z.ZodType, E extends z.ZodType<Versioned>>(
  app: FastifyInstance,
  spec: VersionedEntityRoutes<I, P, E>,
): void {
  const { capability, audit, tags, entity, create, read, update } = spec;
  const createOptions: RouteShorthandOptions = consoleWrite(capability, audit, { summary: create.summary, tags, body: create.body, response: { 201: entity } });
  app.post('', createOptions, async (request, reply) =>
    sendCreated(reply, spec.collection, await create.run(app.db, validated<z.output<I>>(request).body, actorOf(request))),
  );
  if (read) {
    const readOptions: RouteShorthandOptions = consoleRead(capability, { summary: read.summary, tags, params: IdParams, response: { 200: entity } });
    app.get('/:id', readOptions, async (request, reply) => foundWithEtag(reply, await read.run(app.db, validated(request).id), read.what));
  }
  const updateOptions: RouteShorthandOptions = consoleWrite(capability, audit, patchByIdSchema(update.summary, tags, update.body, entity));
  app.patch('/:id', updateOptions, async (request, reply) => {
    const { id, body } = validated<z.output<P>>(request);
    return withEtag(reply, await update.run(app.db, id, body, expectedVersion(request), actorOf(request)));
  });
}
