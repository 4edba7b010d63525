/**
 * Where a serial is recorded, as the take-back check answers it (issue 14 §1): installed at this
 * job's customer, recorded at another customer, in a depot, or unknown. Never which customer or depot.
 */
export const takeBackRecordedAt = ['this_customer', 'another_customer', 'depot', 'unknown'] as const;
export type TakeBackRecordedAt = (typeof takeBackRecordedAt)[number];
/** The places that make a take-back a discrepancy the office settles. */
export const discrepancyPlaces = ['another_customer', 'depot'] as const;
export type DiscrepancyPlace = (typeof discrepancyPlaces)[number];
/** The office's answer: the unit really was taken back (confirmed), or the technician's serial was wrong (corrected). */
export const discrepancyResolutions = ['confirmed', 'corrected'] as const;
export type DiscrepancyResolution = (typeof discrepancyResolutions)[number];

/**
 * error.code values of these routes, for the clients to translate: 422 business rules, except
 * 409 `already_settled` (a line or take-back moved by an earlier end of a reopened job) and 409
 * `part_not_movable` (answered by the job's end when a unit changed since its line was added).
 */
export const fieldInvoicingErrorCodes = [
  'item_inactive',
  'serial_required',
  'serial_not_allowed',
  'serialized_quantity_one',
  'serial_not_in_van',
  'serial_needs_repair',
  'serial_obsolete',
  'serial_already_on_job',
  'no_van',
  'item_not_at_customer',
  'serial_already_taken_back',
  'serial_retired',
  'serial_in_depot',
  'take_back_item_mismatch',
  'unknown_item',
  'not_serialized',
  'already_settled',
  'part_not_movable',
  'not_in_van_stock',
] as const;
export type FieldInvoicingErrorCode = (typeof fieldInvoicingErrorCodes)[number];
