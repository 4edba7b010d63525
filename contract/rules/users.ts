/** Shared with the console so it can say the rule before the server refuses. */
export const PASSWORD_MIN_LENGTH = 12;

/** Codes of the users API, translated by the console. */
export const userErrorCodes = [
  'password_too_short',
  'password_too_common',
  'password_unchanged',
  'current_password_wrong',
  'email_taken',
  'own_account',
] as const;
export type UserErrorCode = (typeof userErrorCodes)[number];
