import { type ApiErrorInfo, apiErrorMessageKey } from '../../../shared/util/api-error';

/** Refusals of the depot API that have their own sentence in the `depot` translations. */
export const depotErrorCodes = [
  'owner_has_depot',
  'main_depot',
  'depot_not_empty',
  'invalid_transition',
  'insufficient_stock',
  'unit_not_available',
  'unit_not_usable',
  'receipt_rejected',
  'same_depot',
  'empty_transfer',
  'unknown_item',
  'serialized_needs_serials',
  'not_stock_tracked',
  'shortfall_already_resolved',
  'depot_required',
] as const;

export interface ErrorSentence {
  key: string;
  params: Record<string, unknown>;
}

export function depotErrorMessage(error: ApiErrorInfo): ErrorSentence {
  return (depotErrorCodes as readonly string[]).includes(error.code)
    ? { key: `depot.errors.${error.code}`, params: {} }
    : apiErrorMessageKey(error);
}
