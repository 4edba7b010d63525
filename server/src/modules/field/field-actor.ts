import type { FastifyRequest } from 'fastify';
import { actorOf, type Actor } from '../../plugins/audit';
import { unauthenticated } from '../../shared/errors';

/** The signed-in technician (every /api/field job route requires one). */
export function fieldActor(request: FastifyRequest): Actor {
  const actor = actorOf(request);
  if (!actor) throw unauthenticated();
  return actor;
}
