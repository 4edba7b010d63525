import type { LiveEvent } from '@contract';

export interface ReserveAlertText {
  /** "Reserve on J-000123 — Boiler pressure — Unresolved" */
  toast: string;
  title: string;
  body: string;
  link: string;
}

type Translate = (key: string, params?: Record<string, unknown>) => string;

const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** The toast and desktop notification texts for a `reserve.raised` event, or null for other events. */
export function reserveAlertText(event: LiveEvent, translate: Translate): ReserveAlertText | null {
  if (event.type !== 'reserve.raised') return null;
  const p = event.payload;
  const number = text(p['jobNumber']) || text(p['number']);
  const field = text(p['fieldLabel']);
  const statusCode = text(p['status']);
  const status = ['unresolved', 'resolved', 'compliant'].includes(statusCode)
    ? translate(`alerts.status.${statusCode}`)
    : statusCode;
  const toast = translate('alerts.reserveToast', { number, field, status });
  const description = text(p['description']);
  return {
    toast,
    title: translate('alerts.desktopTitle', { number }),
    body: [field, status, description].filter((part) => part !== '').join(' — '),
    link: `/reserves/${encodeURIComponent(text(p['reserveId']))}`,
  };
}
