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
  versionedEdits(app, spec)('PATCH', '/:id', update.summary, update.body, update.run);
}

/** What the edits of one versioned entity share: who may make them, their audit row, tags and answer. */
export type VersionedEntity<E extends z.ZodType<Versioned>> = Pick<VersionedEntityRoutes<z.ZodType, z.ZodType, E>, 'capability' | 'audit' | 'tags' | 'entity'>;

/**
 * The registrar of an entity's edits on `/:id…` (a patch, a save, an action such as `/:id/publish`):
 * each takes If-Match, writes its one audit row and answers the entity with its ETag.
 */
export function versionedEdits<E extends z.ZodType<Versioned>>(app: FastifyInstance, { capability, audit, tags, entity }: VersionedEntity<E>) {
  return <B extends z.ZodType>(
    method: 'POST' | 'PUT' | 'PATCH',
    path: string,
    summary: string,
    body: B,
    run: (db: FastifyInstance['db'], id: string, body: z.output<B>, version: number, actor: Actor) => Promise<z.output<E>>,
  ): void => {
    const options: RouteShorthandOptions = consoleWrite(capability, audit, patchByIdSchema(summary, tags, body, entity));
    app.route({
      ...options,
      method,
      url: path,
      handler: async (request, reply) => {
        const { id, body: input } = validated<z.output<B>>(request);
        return withEtag(reply, await run(app.db, id, input, expectedVersion(request), actorOf(request)));
      },
    });
  };
}
