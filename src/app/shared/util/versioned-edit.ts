import { signal } from '@angular/core';

/**
 * The versions behind an edit form (optimistic concurrency): the version the edits are based on
 * (sent as If-Match) and, after a 412 and a reload, the newest saved version shown beside the edits.
 */
export class VersionedEdit<T extends { version: number }> {
  /** The version the edits are based on: sent as If-Match. */
  readonly baseVersion = signal<number | null>(null);
  /** After a 412: the newest saved version, shown beside the user's edits. */
  readonly latest = signal<T | null>(null);
  private awaitingLatest = false;

  constructor(private readonly form: { readonly pristine: boolean }) {}

  /** The user asked for the newest saved version: the next newer arrival is shown, not filled in. */
  expectLatest(): void {
    this.awaitingLatest = true;
  }

  /**
   * A version of the record arrived. `fill`: the form should take it (first load, or untouched and
   * changed elsewhere); `latest`: it is the newest version asked for; `ignore`: the user's edits stand.
   */
  arrived(record: T): 'fill' | 'latest' | 'ignore' {
    const base = this.baseVersion();
    if (this.awaitingLatest) {
      if (base !== null && record.version <= base) return 'ignore';
      this.awaitingLatest = false;
      this.latest.set(record);
      this.baseVersion.set(record.version);
      return 'latest';
    }
    if (base !== null && !(this.form.pristine && record.version !== base)) return 'ignore';
    this.baseVersion.set(record.version);
    return 'fill';
  }

  /** Asks for the newest saved version (`ask` dispatches the request); it is shown when it arrives. */
  requestLatest(ask: () => void): void {
    this.expectLatest();
    ask();
  }

  /** Drops the user's edits in favour of the newest saved version, when there is one: `fill` puts it in the form. */
  useLatest(fill: (latest: T) => void): void {
    const latest = this.takeLatest();
    if (latest) fill(latest);
  }

  /** The newest version, handed over once (to drop the user's edits in its favour); null when none. */
  takeLatest(): T | null {
    const latest = this.latest();
    this.latest.set(null);
    return latest;
  }
}
