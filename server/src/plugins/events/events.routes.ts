import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf, SESSION_COOKIE } from '../auth';
import { securityHeaders } from '../security-headers';
import { findSession, type SessionLimits } from '../../platform/sessions.repository';
import type { LiveEventHub } from './hub';
import type { ConsoleRole } from './publish';

const EventId = z.string().regex(/^\d{1,15}$/, 'expected an event id');

/** GET /api/events: Server-Sent Events for the console (see LiveEvent in contract/events.ts). */
export const eventsRoutes: FastifyPluginAsyncZod<{ hub: LiveEventHub; limits: SessionLimits }> = async (app, opts) => {
  app.get(
    '',
    {
      config: { access: ['dashboard', 'read'] },
      schema: {
        summary: 'Live events (text/event-stream); honours Last-Event-ID',
        tags: ['events'],
        headers: z.object({ 'last-event-id': EventId.optional() }),
        querystring: z.strictObject({
          lastEventId: EventId.optional().describe('For clients that cannot send the Last-Event-ID header'),
        }),
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const lastEventId = request.headers['last-event-id'] ?? request.query.lastEventId;
      const cookie = request.cookies[SESSION_COOKIE] ?? '';

      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        ...securityHeaders(request),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no', // proxies must not buffer the stream
      });
      res.write('retry: 3000\n\n');

      const stream = opts.hub.attach(
        { write: (text) => res.write(text), end: () => res.end() },
        principal.role as ConsoleRole,
        async () => (await findSession(app.db, cookie, opts.limits, { touch: false })).state === 'active',
      );
      request.raw.on('close', () => opts.hub.detach(stream));
      try {
        await opts.hub.prime(stream, lastEventId === undefined ? null : Number(lastEventId));
      } catch (error) {
        request.log.error({ err: error }, 'live events: replay failed');
        opts.hub.detach(stream);
        res.end();
      }
    },
  );
};
