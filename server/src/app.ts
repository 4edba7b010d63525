import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Config } from './config';
import type { DatabaseKind, DbHandle } from './db/create-db';
import type { Database } from './db/database';
import { attachmentsModule } from './modules/attachments';
import { auditRoutes } from './modules/audit';
import { authModule } from './modules/auth';
import { catalogModule } from './modules/catalog';
import { customFieldsRoutes } from './modules/custom-fields';
import { customersRoutes } from './modules/customers';
import { depotsModule } from './modules/depots';
import { fieldModule } from './modules/field';
import { healthRoutes } from './modules/health';
import { jobTypesRoutes } from './modules/job-types';
import { jobsModule } from './modules/jobs';
import { onlineViewModule } from './modules/online-view';
import { reportTemplatesRoutes } from './modules/report-templates';
import { reservesRoutes } from './modules/reserves';
import { reviewModule } from './modules/review';
import { serialUnitsModule } from './modules/serial-units';
import { settingsRoutes } from './modules/settings';
import { usersModule } from './modules/users';
import { auth } from './plugins/auth';
import { compression } from './plugins/compression';
import { errorHandler, notFoundJson } from './plugins/error-handler';
import { eventsRoutes } from './plugins/events/events.routes';
import { LiveEventHub } from './plugins/events/hub';
import { housekeeping } from './plugins/housekeeping';
import { idempotency } from './plugins/idempotency';
import { openApi } from './plugins/openapi';
import { OneLinePerRequest } from './plugins/request-log';
import { requestScopedDb } from './plugins/request-transaction';
import { routeAccess } from './plugins/route-access';
import { searchRewriter } from './plugins/search-rewriter';
import { securityHeadersPlugin } from './plugins/security-headers';
import { staticConsole } from './plugins/static-console';

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<Database>;
    dbKind: DatabaseKind;
    /** Changes with every committed write (db/create-db.ts): the key of answers kept while nothing changes. */
    dataVersion: () => Promise<string | null>;
    liveEvents: LiveEventHub;
    /** Where customers reach this server (PUBLIC_URL): the start of links sent outside. */
    publicUrl: string;
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
    logController: new OneLinePerRequest(),
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
  // Inside a write's request transaction, app.db is that transaction (plugins/request-transaction.ts).
  app.decorate('db', requestScopedDb(db));
  app.decorate('dbKind', dbHandle.kind);
  app.decorate('dataVersion', dbHandle.dataVersion);
  app.decorate('liveEvents', hub);
  app.decorate('publicUrl', config.publicUrl);
  app.addHook('preClose', async () => hub.closeAll());
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-request-id', request.id);
    return payload;
  });

  routeAccess(app);
  errorHandler(app);
  securityHeadersPlugin(app);
  compression(app);
  app.register(cookie);
  auth(app, { db, limits });
  idempotency(app, { db });
  housekeeping(app, { db, limits });
  searchRewriter(app, { db });
  openApi(app);

  app.register(healthRoutes, { prefix: '/api/health' });
  app.register(authModule, { prefix: '/api', limits });
  app.register(eventsRoutes, { prefix: '/api/events', hub, limits });
  app.register(customersRoutes, { prefix: '/api/customers' });
  app.register(catalogModule, { prefix: '/api/catalog' });
  app.register(depotsModule, { prefix: '/api' });
  app.register(serialUnitsModule, { prefix: '/api' });
  app.register(settingsRoutes, { prefix: '/api/settings' });
  app.register(customFieldsRoutes, { prefix: '/api/custom-fields' });
  app.register(reportTemplatesRoutes, { prefix: '/api/report-templates' });
  app.register(jobTypesRoutes, { prefix: '/api/job-types' });
  app.register(usersModule, { prefix: '/api' });
  app.register(auditRoutes, { prefix: '/api/audit' });
  app.register(jobsModule, { prefix: '/api/jobs' });
  app.register(reviewModule, { prefix: '/api' });
  app.register(reservesRoutes, { prefix: '/api/reserves' });
  app.register(fieldModule, { prefix: '/api/field' });
  app.register(attachmentsModule, { prefix: '/api' });
  app.register(onlineViewModule, { publicUrl: config.publicUrl });

  const site = staticConsole(app, config.staticDir);
  app.setNotFoundHandler(async (request, reply) => {
    if (await site.serveDeepLink(request, reply)) return reply;
    return notFoundJson(request, reply);
  });
  return app;
}
