import type { FastifyReply } from 'fastify';

/**
 * Answers of a read route, kept as sent while nothing was written (issue 15, target 5): fifty
 * managers opening the jobs grid ask the same first block; computing it once per data version
 * instead of once per request is what lets the server answer them at the rate of a trivial request.
 *
 * An answer is reused only while (a) the database's data version is the one read before it was
 * computed — any committed write, by this process or another, starts a new epoch and drops every
 * kept answer — and (b) the clock is still in the same `clockBucketMs` slice, so answers that
 * depend on the time (late, today, estimates) are at most that old. Answers are computed after the
 * version was read, so they are never older than their version. Identical requests arriving while
 * one is being computed share that computation.
 */
export interface AnswerCacheOptions {
  /** Kept answers of one epoch, least recently used dropped first. */
  maxEntries: number;
  clockBucketMs: number;
  now?: () => number;
}

export class AnswerCache {
  private epoch = '';
  private readonly answers = new Map<string, Promise<string>>();
  private readonly now: () => number;

  constructor(private readonly options: AnswerCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The kept answer of `key` for this data version, or `compute`'s (then kept). No version: computed, not kept. */
  answer(version: string | null, key: string, compute: () => Promise<string>): Promise<string> {
    if (version === null) return compute();
    const epoch = `${version}@${Math.floor(this.now() / this.options.clockBucketMs)}`;
    if (epoch !== this.epoch) {
      this.answers.clear();
      this.epoch = epoch;
    }
    const kept = this.answers.get(key);
    if (kept) {
      this.answers.delete(key);
      this.answers.set(key, kept);
      return kept;
    }
    const computed = compute();
    this.answers.set(key, computed);
    if (this.answers.size > this.options.maxEntries) this.answers.delete(this.answers.keys().next().value!);
    // A failure (a bad cursor…) is answered to every request that shared it, then forgotten.
    computed.catch(() => {
      if (this.answers.get(key) === computed) this.answers.delete(key);
    });
    return computed;
  }
}

/** Sends JSON already serialized (by the route's own projection, when it was computed) as it is. */
export function sendSerializedJson(reply: FastifyReply, json: string): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(json);
}
