/**
 * One Idempotency-Key per request body: sending the very same receipt or transfer again (after a
 * network failure, say) reuses the key, so the server applies it at most once; any change gets a new key.
 */
export class IdempotencyKeys {
  private last: { body: string; key: string } | null = null;

  keyFor(request: unknown): string {
    const body = JSON.stringify(request);
    if (this.last?.body !== body) this.last = { body, key: crypto.randomUUID() };
    return this.last.key;
  }
}
