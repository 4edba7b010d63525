import { HttpParams } from '@angular/common/http';

/** The page's filters as typed: dates are local calendar days (yyyy-mm-dd), empty means "any". */
export interface AuditFilters {
  actorId: string;
  entityType: string;
  entityId: string;
  fromDay: string;
  toDay: string;
}

export const noAuditFilters: AuditFilters = { actorId: '', entityType: '', entityId: '', fromDay: '', toDay: '' };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight of a local calendar day, as the API's UTC instant; null when not a day. */
function startOfLocalDay(day: string, plusDays = 0): string | null {
  const m = DAY.exec(day);
  if (!m) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + plusDays).toISOString();
}

/** Query parameters of GET /api/audit: the "to" day is included (the API's `to` is exclusive). */
export function auditParams(filters: AuditFilters, limit: number, cursor?: string | null): HttpParams {
  let params = new HttpParams().set('limit', limit);
  if (filters.actorId) params = params.set('actorId', filters.actorId);
  if (filters.entityType) params = params.set('entityType', filters.entityType);
  if (filters.entityType && filters.entityId.trim()) params = params.set('entityId', filters.entityId.trim());
  const from = startOfLocalDay(filters.fromDay);
  const to = startOfLocalDay(filters.toDay, 1);
  if (from) params = params.set('from', from);
  if (to) params = params.set('to', to);
  if (cursor) params = params.set('cursor', cursor);
  return params;
}

/** Object types people filter on; the server accepts any snake_case type. */
export const auditEntityTypes = ['user', 'customer', 'settings', 'report_template', 'job_type', 'device_token', 'custom_field', 'job', 'reserve', 'depot'] as const;

/** The console page of an object, where one exists. */
export function entityLink(entityType: string, entityId: string | null): string | null {
  if (!entityId) return null;
  switch (entityType) {
    case 'customer':
      return `/customers/${encodeURIComponent(entityId)}`;
    case 'report_template':
      return `/report-templates/${encodeURIComponent(entityId)}`;
    case 'reserve':
      return `/reserves/${encodeURIComponent(entityId)}`;
    case 'depot':
      return `/depots/${encodeURIComponent(entityId)}`;
    case 'settings':
      return '/settings';
    case 'user':
      return '/users';
    default:
      return null;
  }
}
