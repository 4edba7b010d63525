import type { AuditChange } from '@contract';

export interface ChangeRow {
  field: string;
  before: string;
  after: string;
}

/** One value as a person reads it: empty for nothing, JSON for lists and objects, text as is. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '∅';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const json = JSON.stringify(value);
  return json.length > 200 ? `${json.slice(0, 199)}…` : json;
}

/** `{ field: { before, after } }` → one row per field, in field order. */
export function changeRows(changes: Record<string, AuditChange>): ChangeRow[] {
  return Object.entries(changes)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([field, { before, after }]) => ({ field, before: showValue(before), after: showValue(after) }));
}

/** Every change on one line ("field: before → after; …"), for a grid cell and its tooltip. */
export function changeSummary(changes: Record<string, AuditChange>): string {
  return changeRows(changes)
    .map(({ field, before, after }) => `${field}: ${before} → ${after}`)
    .join('; ');
}
