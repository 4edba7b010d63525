import type { ApiErrorInfo } from '../../../shared/util/api-error';
import { depotErrorMessage } from './depot-errors';

export interface RefusalNames {
  itemName(itemId: string): string | null;
  unitSerial(unitId: string): string | null;
  depotName: string;
}

export interface RefusalMessage {
  key: string;
  params: Record<string, unknown>;
}

function detail(error: ApiErrorInfo, name: string): unknown {
  const details = error.details;
  return typeof details === 'object' && details !== null ? (details as Record<string, unknown>)[name] : undefined;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * A refused transfer as one sentence a manager can act on: which item is short and how many are
 * left, which unit cannot go to a van. Other refusals fall back to the common error sentences.
 */
export function transferRefusalMessage(error: ApiErrorInfo, names: RefusalNames): RefusalMessage {
  const itemId = text(detail(error, 'itemId'));
  const unitId = text(detail(error, 'unitId'));
  const serial = text(detail(error, 'serial')) ?? (unitId ? names.unitSerial(unitId) : null) ?? unitId ?? '';
  switch (error.code) {
    case 'insufficient_stock': {
      const available = detail(error, 'available');
      return {
        key: 'depot.transfer.refusals.insufficientStock',
        params: {
          item: (itemId ? names.itemName(itemId) : null) ?? itemId ?? '',
          available: typeof available === 'number' ? available : 0,
          depot: names.depotName,
        },
      };
    }
    case 'unit_not_usable':
      return { key: 'depot.transfer.refusals.unitNotUsable', params: { serial } };
    case 'unit_not_available':
      return { key: 'depot.transfer.refusals.unitNotAvailable', params: { serial, depot: names.depotName } };
    default:
      return depotErrorMessage(error);
  }
}
