/**
 * Online-view links are opened without signing in, so a client that keeps trying links that do not
 * open is guessing: after `maxFailures` such tries within `windowMs` it is answered 429 (with
 * Retry-After) until its window ends, even for a good link. Opening a good link costs nothing.
 * Counts live in this process (a guess needs ~2^256 tries, so a per-instance count is plenty); the
 * table never holds more than `maxClients` entries.
 */
export class LinkGuessLimiter {
  private readonly failures = new Map<string, { count: number; windowEnds: number }>();

  constructor(
    private readonly maxFailures = 20,
    private readonly windowMs = 15 * 60_000,
    private readonly maxClients = 10_000,
  ) {}

  /** Seconds the client must wait, or 0 when it may try. */
  retryAfter(client: string, now = Date.now()): number {
    const entry = this.failures.get(client);
    if (!entry || entry.windowEnds <= now) return 0;
    return entry.count >= this.maxFailures ? Math.ceil((entry.windowEnds - now) / 1000) : 0;
  }

  /** Counts a link that did not open. */
  failed(client: string, now = Date.now()): void {
    const entry = this.failures.get(client);
    if (entry && entry.windowEnds > now) {
      entry.count += 1;
      return;
    }
    if (this.failures.size >= this.maxClients) this.forgetEnded(now);
    if (this.failures.size >= this.maxClients) this.failures.delete(this.failures.keys().next().value!);
    this.failures.set(client, { count: 1, windowEnds: now + this.windowMs });
  }

  private forgetEnded(now: number): void {
    for (const [client, entry] of this.failures) if (entry.windowEnds <= now) this.failures.delete(client);
  }
}
