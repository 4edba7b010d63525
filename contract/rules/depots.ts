/**
 * A serial as typed or scanned: trimmed and upper-cased (so `abc-1` and `ABC-1` can never be two
 * units of one item), 1..64 characters: letters, digits and `- _ . / : #`.
 */
export const SERIAL_PATTERN = /^[A-Z0-9][A-Z0-9._/:#-]{0,63}$/;
export const normalizeSerial = (serial: string) => serial.trim().toUpperCase();

/** error.code values of these routes beyond the common ones (contract/errors.ts), for the console to translate. */
export const depotErrorCodes = [
  'owner_has_depot',
  'owner_not_technician',
  'main_depot',
  'depot_not_empty',
  'receipt_rejected',
  'same_depot',
  'empty_transfer',
  'unknown_item',
  'not_stock_tracked',
  'serialized_needs_serials',
  'insufficient_stock',
  'unit_not_available',
  'unit_not_usable',
  'invalid_transition',
  'not_serialized',
  'no_van',
  'no_site',
] as const;
export type DepotErrorCode = (typeof depotErrorCodes)[number];

/** Why a line of a receipt was refused (`details.lines[].code` of a 422 `receipt_rejected`). */
export const receiptProblemCodes = [
  'duplicate_in_request',
  'already_known',
  'not_serialized',
  'serialized_needs_serials',
  'unknown_item',
  'invalid_serial',
  'not_stock_tracked',
] as const;
export type ReceiptProblemCode = (typeof receiptProblemCodes)[number];
