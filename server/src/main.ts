import { buildApp } from './app';
import { ConfigError, loadConfig, type Config } from './config';
import { createDb, type DbHandle } from './db/create-db';
import { migrateToLatest } from './db/migrate';

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  const handle = createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const app = buildApp({ config, dbHandle: handle });
  try {
    const applied = await migrateToLatest(handle.db);
    if (applied.length > 0) app.log.info({ applied }, 'database migrated');
    await seedWhenEmpty(handle, (msg) => app.log.info(msg));
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    app.log.fatal({ err: error }, 'FieldDesk could not start');
    console.error(`FieldDesk could not start: ${error instanceof Error ? error.message : String(error)}`);
    await app.close().catch(() => undefined);
    await handle.close().catch(() => undefined);
    process.exit(1);
  }

  const shownHost = config.host === '127.0.0.1' || config.host === '0.0.0.0' ? 'localhost' : config.host;
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(`FieldDesk is ready at http://${shownHost}:${port} (${handle.kind}: ${handle.location})`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) process.exit(1); // a second Ctrl-C: do not wait
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    try {
      await app.close(); // ends live event streams and in-flight requests
      await handle.close();
      process.exit(0);
    } catch (error) {
      console.error(`FieldDesk did not stop cleanly: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

/** A fresh database gets the demo data, so the console has something to show on first start. */
async function seedWhenEmpty(handle: DbHandle, log: (msg: string) => void): Promise<void> {
  const anyUser = await handle.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (anyUser) return;
  log('empty database: loading the demo data (seed 42)');
  // Loaded only when needed: the seed (and faker) stays out of a normal start.
  const { seedDemo } = await import('./db/seed/seed');
  await seedDemo(handle, { seed: 42, log });
}

void main();
