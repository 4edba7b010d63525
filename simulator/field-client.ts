import type { Rng } from '../demo/random';

export class FieldApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly details: unknown,
    message: string,
  ) {
    super(message);
  }
}

export interface ClientStats {
  requests: number;
  /** Writes sent a second time with the same Idempotency-Key, as an app does after a timeout. */
  retries: number;
  /** Retries whose answer differed from the first one (should stay 0). */
  retryMismatches: number;
}

type Body = Record<string, unknown> | FormData | undefined;

/**
 * The technician app's HTTP side: bearer token, an Idempotency-Key on every write, and now and
 * then the same write sent twice (a retry after a lost answer) to check that it is harmless.
 */
export class FieldClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    private readonly rng: Rng,
    private readonly retryRate: number,
    readonly stats: ClientStats,
  ) {}

  get<T>(path: string): Promise<T> {
    return this.send<T>('GET', path, undefined, null);
  }

  async write<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: Body): Promise<T> {
    const key = crypto.randomUUID();
    const first = await this.send<T>(method, path, body, key);
    if (this.rng.chance(this.retryRate)) {
      this.stats.retries++;
      const again = await this.send<T>(method, path, body, key);
      if (JSON.stringify(again) !== JSON.stringify(first)) this.stats.retryMismatches++;
    }
    return first;
  }

  private async send<T>(method: string, path: string, body: Body, idempotencyKey: string | null): Promise<T> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.token}` };
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    let payload: string | FormData | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    this.stats.requests++;
    const response = await fetch(`${this.baseUrl}/api/field${path}`, { method, headers, body: payload });
    const text = await response.text();
    const parsed = text ? (JSON.parse(text) as unknown) : null;
    if (!response.ok) {
      const error = (parsed as { error?: { code: string; message: string; details?: unknown } } | null)?.error;
      throw new FieldApiError(response.status, error?.code ?? 'unknown', error?.details, `${method} ${path} → ${response.status} ${error?.message ?? text}`);
    }
    return parsed as T;
  }
}

/** Signs a technician in as the app does: a bearer token for this device. */
export async function signInTechnician(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/field/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password, deviceName: 'FieldDesk simulator' }),
  });
  if (!response.ok) throw new Error(`Sign-in of ${email} failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}
