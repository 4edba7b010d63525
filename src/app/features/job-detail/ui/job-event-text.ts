import type { JobEvent } from '@contract';
import { formatLocalDate } from '../../../shared/util/format';

/** The history event types the console translates (jobs-common.md); others read "Other change (type)". */
export const knownJobEventTypes = [
  'created',
  'drafted',
  'scheduled',
  'unassigned',
  'synchronized',
  'started',
  'paused',
  'resumed',
  'completed',
  'declined',
  'cancelled',
  'validated',
  'reopened',
  'updated',
  'rescheduled',
  'reassigned',
  'duplicated',
  'answer_changed',
  'answer_corrected',
  'reserve_raised',
  'reserve_updated',
  'attachment_added',
  'attachment_deleted',
  'signed',
  'signature_cleared',
  'item_added',
  'item_updated',
  'item_removed',
  'take_back_added',
  'take_back_updated',
  'take_back_removed',
  'take_back_held',
  'take_back_confirmed',
  'take_back_corrected',
  'document_added',
] as const;

export interface EventText {
  key: string;
  params: Record<string, unknown>;
  /** Keys of words inside the sentence (a status, a kind of attachment, a signer) to translate first. */
  nested: Record<string, string>;
  /** Free text the event carries (a reason), shown under the sentence. */
  detail: string | null;
}

const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** The i18n key and values of one history line, e.g. "Rescheduled to 9 Dec 2026, 08:30 – 10:30". */
export function describeJobEvent(event: JobEvent, lang: string): EventText {
  const data = event.data ?? {};
  const when = (value: unknown) => formatLocalDate(text(value) || null, lang);
  const type = (knownJobEventTypes as readonly string[]).includes(event.type) ? event.type : null;
  const result: EventText = { key: `jobDetail.events.${type ?? 'other'}`, params: { type: event.type }, nested: {}, detail: null };
  const reason = text(data['reason']);
  if (reason) result.detail = reason;
  switch (type) {
    case 'updated': {
      const fields = Object.values(data).find(Array.isArray) as unknown[] | undefined;
      result.params['fields'] = (fields ?? []).map(text).filter(Boolean).join(', ');
      if (!result.params['fields']) result.key = 'jobDetail.events.updatedNoFields';
      break;
    }
    case 'rescheduled':
      result.params['start'] = when(data['plannedStart']);
      result.params['end'] = when(data['plannedEnd']);
      break;
    case 'duplicated':
      if (data['fromNumber']) {
        result.key = 'jobDetail.events.duplicatedFrom';
        result.params['number'] = text(data['fromNumber']);
      } else result.params['number'] = text(data['toNumber']);
      break;
    case 'declined':
      if (data['proposedStart']) {
        result.key = 'jobDetail.events.declinedWithDate';
        result.params['proposed'] = when(data['proposedStart']);
      }
      break;
    case 'answer_changed':
    case 'answer_corrected':
    case 'reserve_raised':
      result.params['field'] = text(data['fieldLabel']);
      break;
    case 'reserve_updated':
      result.params['field'] = text(data['fieldLabel']);
      result.nested['status'] = `jobDetail.reserveStatus.${text(data['status'])}`;
      break;
    case 'attachment_added':
    case 'attachment_deleted':
      result.nested['kind'] = `jobDetail.attachmentKind.${text(data['kind']) || 'photo'}`;
      break;
    case 'signed':
    case 'signature_cleared':
      result.nested['signer'] = `jobDetail.signer.${text(data['signer']) || 'customer'}`;
      result.params['name'] = text(data['signerName']);
      break;
    case 'item_added':
    case 'item_updated':
    case 'item_removed':
      result.params['name'] = text(data['name']);
      result.params['quantity'] = text(data['quantity']);
      result.params['serial'] = text(data['serial']);
      if (data['serial']) result.key = `jobDetail.events.${type}Serial`;
      break;
    case 'take_back_added':
    case 'take_back_updated':
    case 'take_back_removed':
      result.params['serial'] = text(data['serial']);
      result.nested['status'] = `jobDetail.takeBackStatus.${text(data['status'])}`;
      if (type === 'take_back_added' && data['recordedAt']) result.key = 'jobDetail.events.take_back_addedElsewhere';
      break;
    case 'take_back_held':
    case 'take_back_confirmed':
    case 'take_back_corrected':
      result.params['serial'] = text(data['serial']);
      result.params['reportedSerial'] = text(data['reportedSerial']);
      break;
  }
  return result;
}
