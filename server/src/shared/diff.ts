export type Changes = Record<string, { before: unknown; after: unknown }>;

/** The fields whose value differs, as `{ field: { before, after } }` (deep comparison through JSON). */
export function diff<T extends object>(before: Partial<T> | null, after: Partial<T>, fields?: (keyof T)[]): Changes {
  const keys = fields ?? ([...new Set([...Object.keys(before ?? {}), ...Object.keys(after)])] as (keyof T)[]);
  const changes: Changes = {};
  for (const key of keys) {
    const b = before ? (before[key] ?? null) : null;
    const a = after[key] ?? null;
    if (JSON.stringify(b) !== JSON.stringify(a)) changes[String(key)] = { before: b, after: a };
  }
  return changes;
}
