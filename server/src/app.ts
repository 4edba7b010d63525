import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Config } from './config';
import type { DatabaseKind, DbHandle } from './db/create-db';
import type { Database } from './db/database';
import { authRoutes } from './modules/auth/auth.routes';
import { fieldAuthRoutes } from './modules/auth/field-auth.routes';
import { catalogRoutes } from './modules/catalog/catalog.routes';
import { customFieldsRoutes } from './modules/custom-fields/custom-fields.routes';
import { customersRoutes } from './modules/customers/customers.routes';
import { partsDepotModule } from './modules/depots/parts-depot.module';
import { healthRoutes } from './modules/health/health.routes';
import { jobTypesRoutes } from './modules/job-types/job-types.routes';
import { reportTemplatesRoutes } from './modules/report-templates/report-templates.routes';
import { settingsRoutes } from './modules/settings/settings.routes';
import { accountRoutes } from './modules/users/account.routes';
import { usersRoutes } from './modules/users/users.routes';
import { auditRoutes } from './modules/audit/audit.routes';
import { attachmentsRoutes } from './modules/attachments/attachments.routes';
import { fieldModule } from './modules/field/field.module';
import { jobsModule } from './modules/jobs/jobs.module';
import { reviewRoutes } from './modules/review/review.routes';
import { reservesRoutes } from './modules/reserves/reserves.routes';
import { auth } from './plugins/auth';
import { errorHandler, notFoundJson } from './plugins/error-handler';
import { eventsRoutes } from './plugins/events/events.routes';
import { LiveEventHub } from './plugins/events/hub';
import { housekeeping } from './plugins/housekeeping';
import { idempotency } from './plugins/idempotency';
import { openApi } from './plugins/openapi';
import { routeAccess } from './plugins/route-access';
import { securityHeadersPlugin } from './plugins/security-headers';
import { staticConsole } from './plugins/static-console';

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<Database>;
    dbKind: DatabaseKind;
    liveEvents: LiveEventHub;
  }
}

export interface BuildAppOptions {
  config: Config;
  dbHandle: DbHandle;
  /** Live events timing; tests poll faster than the 1 s default. */
  live?: { pollMs?: number; heartbeatMs?: number };
  /** Where logs go (default stdout); tests capture them to check that no secret is written. */
  logStream?: NodeJS.WritableStream;
}

/** Logs never carry credentials: these paths are replaced wherever they appear. */
const REDACTED = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'password',
  '*.password',
  'token',
  '*.token',
  'csrfToken',
  '*.csrfToken',
];

/** The Fastify app: plugins, then every module registered explicitly with its prefix. Not yet ready. */
export function buildApp({ config, dbHandle, live, logStream }: BuildAppOptions): FastifyInstance {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: { paths: REDACTED, censor: '[redacted]' },
      ...(logStream ? { stream: logStream } : {}),
    },
    trustProxy: config.trustProxy,
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const { db } = dbHandle;
  const limits = { idleMinutes: config.sessionIdleMinutes, absoluteHours: config.sessionAbsoluteHours };
  const hub = new LiveEventHub(db, {
    // PostgreSQL wakes the poller with LISTEN/NOTIFY (polling is the safety net); SQLite polls often.
    pollMs: live?.pollMs ?? (dbHandle.kind === 'sqlite' ? 250 : 1000),
    heartbeatMs: live?.heartbeatMs ?? 25_000,
    listenUrl: dbHandle.databaseUrl,
    onError: (err) => app.log.error({ err }, 'live events: polling failed'),
  });
  app.decorate('db', db);
  app.decorate('dbKind', dbHandle.kind);
  app.decorate('liveEvents', hub);
  app.addHook('preClose', async () => hub.closeAll());
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-request-id', request.id);
    return payload;
  });

  routeAccess(app);
  errorHandler(app);
  securityHeadersPlugin(app);
  app.register(cookie);
  auth(app, { db, limits });
  idempotency(app, { db });
  housekeeping(app, { db, limits });
  openApi(app);

  app.register(healthRoutes, { prefix: '/api/health' });
  app.register(authRoutes, { prefix: '/api/auth', limits });
  app.register(fieldAuthRoutes, { prefix: '/api/field' });
  app.register(eventsRoutes, { prefix: '/api/events', hub, limits });
  app.register(customersRoutes, { prefix: '/api/customers' });
  app.register(catalogRoutes, { prefix: '/api/catalog' });
  app.register(partsDepotModule, { prefix: '/api' });
  app.register(settingsRoutes, { prefix: '/api/settings' });
  app.register(customFieldsRoutes, { prefix: '/api/custom-fields' });
  app.register(reportTemplatesRoutes, { prefix: '/api/report-templates' });
  app.register(jobTypesRoutes, { prefix: '/api/job-types' });
  app.register(usersRoutes, { prefix: '/api/users' });
  app.register(accountRoutes, { prefix: '/api/auth/me' });
  app.register(auditRoutes, { prefix: '/api/audit' });
  app.register(jobsModule, { prefix: '/api/jobs' });
  app.register(reviewRoutes, { prefix: '/api/review' });
  app.register(reservesRoutes, { prefix: '/api/reserves' });
  app.register(fieldModule, { prefix: '/api/field' });
  app.register(attachmentsRoutes, { prefix: '/api/attachments' });

  const site = staticConsole(app, config.staticDir);
  app.setNotFoundHandler(async (request, reply) => {
    if (await site.serveDeepLink(request, reply)) return reply;
    return notFoundJson(request, reply);
  });
  return app;
}
