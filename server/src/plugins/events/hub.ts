import type { Kysely, Selectable } from 'kysely';
import type { Database, OutboxEventsTable } from '../../db/database';
import { OutboxListener } from './outbox-listener';
import { onOutboxCommitted } from './outbox-signal';
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
  /** Most events one reconnect replays; past it the client is told to reload (`event: reset`). */
  replayLimit?: number;
  /** How far back Last-Event-ID can go; housekeeping deletes outbox rows older than this. */
  replayMaxAgeMs?: number;
  /** PostgreSQL only: LISTEN there so a commit on any instance wakes the poller at once. */
  listenUrl?: string;
  onError: (error: unknown) => void;
}

/** Seven days: a laptop closed for a long weekend still catches up without a reload. */
export const REPLAY_WINDOW_MS = 7 * 24 * 3_600_000;
/** A busy account writes about a thousand events a day: a week fits. */
export const REPLAY_LIMIT = 10_000;

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
  /** A wake-up arrived during a poll: poll once more so no commit waits for the next tick. */
  private pollAgain = false;
  private stopped = false;
  private readonly listener: OutboxListener | null;
  /** Unsubscribes from this process's commits (set while streams are open). */
  private stopWaking: (() => void) | null = null;
  /** Each row's SSE text and audience, worked out once for all the streams it goes to. */
  private readonly formatted = new WeakMap<OutboxRow, { text: string; audience: readonly string[] | null }>();
  private readonly replayLimit: number;
  private readonly replayMaxAgeMs: number;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly options: HubOptions,
  ) {
    this.replayLimit = options.replayLimit ?? REPLAY_LIMIT;
    this.replayMaxAgeMs = options.replayMaxAgeMs ?? REPLAY_WINDOW_MS;
    this.listener = options.listenUrl
      ? new OutboxListener(options.listenUrl, () => void this.poll(), options.onError)
      : null;
  }

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

  /**
   * Sends what the stream missed since `lastEventId`, then lets live events through. When that
   * cannot be done exactly (older than the window, pruned, or more than replayLimit events) the
   * stream gets `event: reset` instead: the console reloads its lists rather than miss something.
   */
  async prime(stream: LiveStream, lastEventId: number | null): Promise<void> {
    const maxId = await this.maxId();
    const from = maxId;
    if (lastEventId !== null && lastEventId !== maxId) {
      const missed = lastEventId < maxId ? await this.missedSince(lastEventId, maxId) : null;
      if (missed) for (const row of missed) this.send(stream, row);
      else this.sendReset(stream, maxId);
    }
    if (stream.closed) return;
    stream.lastSentId = from;
    this.cursor ??= from;
    stream.ready = true;
    for (const row of stream.buffer) this.deliver(stream, row);
    stream.buffer = [];
  }

  /** The rows after `lastEventId` up to `maxId`, in order; null when they are not all there any more. */
  private async missedSince(lastEventId: number, maxId: number): Promise<OutboxRow[] | null> {
    const oldest = await this.db
      .selectFrom('outboxEvents')
      .select((eb) => eb.fn.min('id').as('minId'))
      .executeTakeFirst();
    // Housekeeping deleted rows the client never saw.
    if (Number(oldest?.minId ?? 0) > lastEventId + 1) return null;
    const rows = await this.db
      .selectFrom('outboxEvents')
      .selectAll()
      .where('id', '>', lastEventId)
      .where('id', '<=', maxId)
      .orderBy('id')
      .limit(this.replayLimit + 1)
      .execute();
    const since = new Date(Date.now() - this.replayMaxAgeMs).toISOString();
    if (rows.length > this.replayLimit || (rows[0] && rows[0].createdAt < since)) return null;
    return rows;
  }

  detach(stream: LiveStream): void {
    stream.closed = true;
    this.streams.delete(stream);
    if (this.streams.size === 0) this.stopTimers();
  }

  /** Ends every stream (shutdown): clients reconnect to another instance with Last-Event-ID. */
  async closeAll(): Promise<void> {
    this.stopped = true;
    for (const stream of this.streams) {
      stream.closed = true;
      stream.sink.end();
    }
    this.streams.clear();
    this.stopTimers();
    await this.listener?.stop();
  }

  private startTimers(): void {
    this.pollTimer ??= setInterval(() => void this.poll(), this.options.pollMs);
    this.heartbeatTimer ??= setInterval(() => void this.heartbeat(), this.options.heartbeatMs);
    // A commit of this process that wrote events is delivered at once; the timer covers the others.
    this.stopWaking ??= onOutboxCommitted(() => void this.poll());
    this.listener?.start();
  }

  private stopTimers(): void {
    void this.listener?.stop();
    this.stopWaking?.();
    this.stopWaking = null;
    if (this.pollTimer) clearInterval(this.pollTimer);
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    this.pollTimer = null;
    this.heartbeatTimer = null;
    this.cursor = null;
  }

  private async poll(): Promise<void> {
    if (this.polling) {
      this.pollAgain = true;
      return;
    }
    if (this.cursor === null) return;
    this.polling = true;
    try {
      let fetched = POLL_BATCH;
      while ((fetched === POLL_BATCH || this.pollAgain) && this.cursor !== null) {
        this.pollAgain = false;
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
    const { text, audience } = this.format(row);
    if (audience && !audience.includes(stream.role)) return;
    stream.sink.write(text);
  }

  private format(row: OutboxRow): { text: string; audience: readonly string[] | null } {
    let formatted = this.formatted.get(row);
    if (!formatted) {
      const event = { id: row.id, type: row.type, payload: JSON.parse(row.payload), createdAt: row.createdAt };
      formatted = { text: `id: ${row.id}\nevent: ${row.type}\ndata: ${JSON.stringify(event)}\n\n`, audience: audienceOf(row.audience) };
      this.formatted.set(row, formatted);
    }
    return formatted;
  }

  private sendReset(stream: LiveStream, maxId: number): void {
    if (stream.closed) return;
    // The id moves the browser's Last-Event-ID to now, so the next reconnect resumes from here.
    stream.sink.write(`id: ${maxId}\nevent: reset\ndata: ${JSON.stringify({ id: maxId })}\n\n`);
  }

  private async maxId(): Promise<number> {
    const row = await this.db
      .selectFrom('outboxEvents')
      .select((eb) => eb.fn.max('id').as('maxId'))
      .executeTakeFirst();
    return Number(row?.maxId ?? 0);
  }
}

/** The roles an event is for; null for every role. An unreadable audience is for nobody. */
function audienceOf(audience: string): readonly string[] | null {
  try {
    const roles = JSON.parse(audience) as unknown;
    return !Array.isArray(roles) || roles.length === 0 ? null : (roles as string[]);
  } catch {
    return [];
  }
}
