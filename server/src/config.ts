import { z } from 'zod';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const positiveInt = (what: string) =>
  z.coerce.number({ error: `expected ${what}` }).int({ error: `expected ${what}` }).positive({ error: `expected ${what}` });

const EnvSchema = z.object({
  PORT: z.coerce
    .number({ error: 'expected a port number between 0 and 65535' })
    .int({ error: 'expected a port number between 0 and 65535' })
    .min(0, { error: 'expected a port number between 0 and 65535' })
    .max(65535, { error: 'expected a port number between 0 and 65535' })
    .default(3000),
  HOST: z.string().min(1, { error: 'expected a host name or IP address' }).default('127.0.0.1'),
  DATA_DIR: z.string().min(1, { error: 'expected a folder path' }).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, { error: 'expected a postgres:// or postgresql:// URL' })
    .optional(),
  LOG_LEVEL: z.enum(logLevels, { error: `expected one of ${logLevels.join(', ')}` }).default('info'),
  SESSION_IDLE_MINUTES: positiveInt('a whole number of minutes above 0').default(120),
  SESSION_ABSOLUTE_HOURS: positiveInt('a whole number of hours above 0').default(12),
  STATIC_DIR: z.string().min(1, { error: 'expected a folder path' }).default('dist/fielddesk/browser'),
  PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\/[^/\s]+(\/[^\s]*)?$/, { error: 'expected an http:// or https:// address, e.g. https://fielddesk.example.com' })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0'], { error: 'expected true or false' })
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  logLevel: (typeof logLevels)[number];
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  staticDir: string;
  trustProxy: boolean;
  /** Where customers reach this server: links sent outside (a job's online view) start with it. */
  publicUrl: string;
}

/** A bad environment value: main prints the message alone (no stack) and exits with code 1. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable (`DATABASE_URL= npm run ...`) means "not set".
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      const got = present[name];
      const shown = name === 'DATABASE_URL' || got === undefined ? '' : ` (got "${got}")`;
      return `${name}: ${issue.message}${shown}`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
    staticDir: e.STATIC_DIR,
    trustProxy: e.TRUST_PROXY,
    publicUrl: e.PUBLIC_URL ?? localAddress(e.HOST, e.PORT),
  };
}

/** Without PUBLIC_URL, links point at this machine: fine on one desk, set PUBLIC_URL to share them. */
function localAddress(host: string, port: number): string {
  const name = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}
