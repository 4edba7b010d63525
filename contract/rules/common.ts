/** The statuses and kinds every part of the contract speaks of, as plain lists (the schemas build `z.enum` from them). */
export const jobStatuses = [
  'created',
  'draft',
  'scheduled',
  'synchronized',
  'started',
  'paused',
  'completed',
  'validated',
  'cancelled',
] as const;
export type JobStatus = (typeof jobStatuses)[number];

export const reserveStatuses = ['unresolved', 'resolved', 'compliant'] as const;
export type ReserveStatus = (typeof reserveStatuses)[number];
export const takeBackStatuses = ['ok', 'needs_repair', 'obsolete'] as const;
export type TakeBackStatus = (typeof takeBackStatuses)[number];
export const serialUnitStatuses = ['ok', 'installed', 'needs_repair', 'obsolete'] as const;
export type SerialUnitStatus = (typeof serialUnitStatuses)[number];
export const technicianRoles = ['manager', 'auxiliary'] as const;
export type TechnicianRole = (typeof technicianRoles)[number];
export const locales = ['en', 'fr'] as const;
export type Locale = (typeof locales)[number];

/** "Invalid characters found": control characters and angle brackets are refused in free text. */
export const INVALID_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F<>]/;
/** A phone number as typed: digits, spaces, `+ ( ) . -`. */
export const PHONE_PATTERN = /^[+0-9 ().-]*$/;

/**
 * A list's total is exact up to this many rows. Beyond it the capped lists (audit trail, customers,
 * serial units) answer `LIST_TOTAL_CAP + 1`, which the console says as "More than 100,000" rather
 * than as a count: counting a 10-million-row trail would stop the server.
 */
export const LIST_TOTAL_CAP = 100_000;
