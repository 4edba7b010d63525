import type { Kysely, Selectable } from 'kysely';
import type { Database, OutboxEventsTable } from '../../db/database';
import type { ConsoleRole } from './publish';

type OutboxRow = Selectable<OutboxEventsTable>;

export interface EventSink {
  write(text: string): void;
  end(): void;
}

export interface LiveStream {
  role: ConsoleRole;
  sink: EventSink;
  /** Re-checked at every heartbeat: a stream ends when its session does. */
  stillAllowed: () => Promise<boolean>;
  lastSentId: number;
  /** False while the stream replays what it missed; events polled meanwhile wait in `buffer`. */
  ready: boolean;
  buffer: OutboxRow[];
  closed: boolean;
}

export interface HubOptions {
  pollMs: number;
  heartbeatMs: number;
  replayLimit: number;
  replayMaxAgeMs: number;
  onError: (error: unknown) => void;
}

const POLL_BATCH = 500;

/**
 * One per process: polls the outbox table (so every API instance on the same database delivers
 * every event) and fans each new row out to the streams of this process whose role may see it.
 */
export class LiveEventHub {
  private readonly streams = new Set<LiveStream>();
  /** Highest outbox id handed to the streams; null while no stream is open. */
  private cursor: number | null = null;
  private pollTimer: NodeJS.Timeout | null = null;
  private heartbeatTimer: NodeJS.Timeout | null = null;
  private polling = false;
  private stopped = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly options: HubOptions,
  ) {}

  get size(): number {
    return this.streams.size;
  }

  attach(sink: EventSink, role: ConsoleRole, stillAllowed: () => Promise<boolean>): LiveStream {
    const stream: LiveStream = { role, sink, stillAllowed, lastSentId: 0, ready: false, buffer: [], closed: false };
    if (this.stopped) {
      stream.closed = true;
      sink.end();
      return stream;
    }
    this.streams.add(stream);
    this.startTimers();
    return stream;
  }

  /** Sends what the stream missed since `lastEventId` (bounded), then lets live events through. */
  async prime(stream: LiveStream, lastEventId: number | null): Promise<void> {
    const maxId = await this.maxId();
    const from = maxId;
    if (lastEventId !== null && lastEventId < maxId) {
      // The most recent events, not the oldest: anything newer than this query comes from the poller.
      const since = new Date(Date.now() - this.options.replayMaxAgeMs).toISOString();
      const missed = await this.db
        .selectFrom('outboxEvents')
        .selectAll()
        .where('id', '>', lastEventId)
        .where('id', '<=', maxId)
        .where('createdAt', '>=', since)
        .orderBy('id', 'desc')
        .limit(this.options.replayLimit)
        .execute();
      for (const row of missed.reverse()) this.send(stream, row);
    }
    if (stream.closed) return;
    stream.lastSentId = from;
    this.cursor ??= from;
    stream.ready = true;
    for (const row of stream.buffer) this.deliver(stream, row);
    stream.buffer = [];
  }

  detach(stream: LiveStream): void {
    stream.closed = true;
    this.streams.delete(stream);
    if (this.streams.size === 0) this.stopTimers();
  }

  /** Ends every stream (shutdown): clients reconnect to another instance with Last-Event-ID. */
  closeAll(): void {
    this.stopped = true;
    for (const stream of this.streams) {
      stream.closed = true;
      stream.sink.end();
    }
    this.streams.clear();
    this.stopTimers();
  }

  private startTimers(): void {
    this.pollTimer ??= setInterval(() => void this.poll(), this.options.pollMs);
    this.heartbeatTimer ??= setInterval(() => void this.heartbeat(), this.options.heartbeatMs);
  }

  private stopTimers(): void {
    if (this.pollTimer) clearInterval(this.pollTimer);
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    this.pollTimer = null;
    this.heartbeatTimer = null;
    this.cursor = null;
  }

  private async poll(): Promise<void> {
    if (this.polling || this.cursor === null) return;
    this.polling = true;
    try {
      let fetched = POLL_BATCH;
      while (fetched === POLL_BATCH && this.cursor !== null) {
        const rows = await this.db
          .selectFrom('outboxEvents')
          .selectAll()
          .where('id', '>', this.cursor)
          .orderBy('id')
          .limit(POLL_BATCH)
          .execute();
        fetched = rows.length;
        for (const row of rows) {
          for (const stream of this.streams) this.deliver(stream, row);
          if (this.cursor !== null) this.cursor = row.id;
        }
      }
    } catch (error) {
      this.options.onError(error);
    } finally {
      this.polling = false;
    }
  }

  private async heartbeat(): Promise<void> {
    for (const stream of [...this.streams]) {
      if (!stream.ready) continue;
      try {
        if (await stream.stillAllowed()) {
          stream.sink.write(': heartbeat\n\n');
          continue;
        }
      } catch (error) {
        this.options.onError(error);
      }
      this.detach(stream);
      stream.sink.end();
    }
  }

  private deliver(stream: LiveStream, row: OutboxRow): void {
    if (stream.closed) return;
    if (!stream.ready) stream.buffer.push(row);
    else if (row.id > stream.lastSentId) this.send(stream, row);
  }

  private send(stream: LiveStream, row: OutboxRow): void {
    if (stream.closed) return;
    if (row.id > stream.lastSentId) stream.lastSentId = row.id;
    if (!audienceAllows(row.audience, stream.role)) return;
    const event = { id: row.id, type: row.type, payload: JSON.parse(row.payload), createdAt: row.createdAt };
    stream.sink.write(`id: ${row.id}\nevent: ${row.type}\ndata: ${JSON.stringify(event)}\n\n`);
  }

  private async maxId(): Promise<number> {
    const row = await this.db
      .selectFrom('outboxEvents')
      .select((eb) => eb.fn.max('id').as('maxId'))
      .executeTakeFirst();
    return Number(row?.maxId ?? 0);
  }
}

function audienceAllows(audience: string, role: ConsoleRole): boolean {
  try {
    const roles = JSON.parse(audience) as unknown;
    return !Array.isArray(roles) || roles.length === 0 || roles.includes(role);
  } catch {
    return false;
  }
}
