/**
 * "Outbox rows were committed in this process": the unit of work says so right after its commit,
 * and the live-event hub polls at once instead of at its next tick. A wake-up only — the hub still
 * reads the rows from the outbox, so every instance (and a commit it missed) stays correct by
 * polling, and PostgreSQL instances also wake each other with LISTEN/NOTIFY.
 */
type Listener = () => void;

const listeners = new Set<Listener>();

/** Calls `listener` after every commit that wrote live events; returns the unsubscribe. */
export function onOutboxCommitted(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function outboxCommitted(): void {
  for (const listener of listeners) listener();
}
