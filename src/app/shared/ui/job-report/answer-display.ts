import type { JobAnswer, TemplateField } from '@contract';
import { formatLocalDate, formatLocalNumber } from '../../util/format';

/** How one answer reads best, by the field's type. */
export type AnswerDisplay =
  | { kind: 'none' }
  | { kind: 'text'; text: string }
  | { kind: 'word'; key: string; tone: 'yes' | 'no' | 'neutral' }
  | { kind: 'list'; items: string[] }
  | { kind: 'signature'; name: string; image: string }
  | { kind: 'photos'; ids: string[] };

const isIsoDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

export function answerDisplay(field: TemplateField, answer: JobAnswer | null | undefined, lang: string): AnswerDisplay {
  const value = answer?.value;
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return { kind: 'none' };
  switch (field.type) {
    case 'checkbox':
      return { kind: 'word', key: value === true ? 'jobReport.common.yes' : 'jobReport.common.no', tone: value === true ? 'yes' : 'no' };
    case 'number': {
      const shown = typeof value === 'number' ? formatLocalNumber(value, lang) : String(value);
      return { kind: 'text', text: field.unit ? `${shown} ${field.unit}` : shown };
    }
    case 'date': {
      if (!isIsoDate(value)) return { kind: 'text', text: String(value) };
      // A calendar day, not an instant: read at noon UTC so no time zone moves it to another day.
      return { kind: 'text', text: formatLocalDate(`${value}T12:00:00.000Z`, lang, 'date') };
    }
    case 'choice':
      return Array.isArray(value) ? { kind: 'list', items: value.map(String) } : { kind: 'text', text: String(value) };
    case 'validation': {
      const tone = value === 'compliant' ? 'yes' : value === 'not_compliant' ? 'no' : 'neutral';
      return { kind: 'word', key: `jobReport.validation.${String(value)}`, tone };
    }
    case 'signature': {
      const signature = value as { signerName?: unknown; image?: unknown };
      return { kind: 'signature', name: String(signature.signerName ?? ''), image: String(signature.image ?? '') };
    }
    case 'photo':
      return { kind: 'photos', ids: Array.isArray(value) ? value.map(String) : [String(value)] };
    default:
      return { kind: 'text', text: String(value) };
  }
}

/** Thumbnails and originals are served by the attachments route (as attachments, `nosniff`). */
export const thumbnailUrl = (id: string) => `/api/attachments/${encodeURIComponent(id)}?variant=thumbnail`;
export const originalUrl = (id: string) => `/api/attachments/${encodeURIComponent(id)}`;
