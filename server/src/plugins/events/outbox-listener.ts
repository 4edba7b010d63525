import pg from 'pg';
import { OUTBOX_CHANNEL } from './publish';

const RETRY_MS = 2000;

/**
 * A dedicated PostgreSQL connection LISTENing for `pg_notify` from publish(): each commit that wrote
 * to the outbox wakes the hub at once. Polling remains the safety net, so a lost connection only
 * slows delivery down until it is back.
 */
export class OutboxListener {
  private client: pg.Client | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly onWake: () => void,
    private readonly onError: (error: unknown) => void,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    void this.connect();
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const client = this.client;
    this.client = null;
    if (client) await client.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl });
    client.on('notification', () => this.onWake());
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, null));
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      if (!this.running || this.client !== client) {
        await client.end().catch(() => undefined);
        return;
      }
      // Anything committed while we were not listening yet is caught by this poll.
      this.onWake();
    } catch (error) {
      this.lost(client, error);
    }
  }

  private lost(client: pg.Client, error: unknown): void {
    if (this.client !== client) return;
    this.client = null;
    client.end().catch(() => undefined);
    if (!this.running) return;
    if (error) this.onError(error);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.running) void this.connect();
    }, RETRY_MS);
    this.retryTimer.unref();
  }
}
