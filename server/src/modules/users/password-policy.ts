import { readFileSync } from 'node:fs';
import { PASSWORD_MIN_LENGTH } from '@contract';
import { badRequest } from '../../shared/errors';

/**
 * The 10,000 most common passwords (the `passwords` frequency list of the zxcvbn 4.4.2 npm package,
 * MIT, Dropbox), shipped with the project and read once: never fetched at run time.
 */
let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .map((line) => line.trim().toLowerCase())
      .filter(Boolean),
  );
  return common;
}

/** 400 with a sentence the person can act on; the password itself never appears in an error or a log. */
export function assertAcceptablePassword(password: string): void {
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    throw badRequest('password_too_short', `Use at least ${PASSWORD_MIN_LENGTH} characters.`, { minLength: PASSWORD_MIN_LENGTH });
  }
  if (commonPasswords().has(password.trim().toLowerCase())) {
    throw badRequest('password_too_common', 'This password is among the most common ones. Choose another.');
  }
}

export const commonPasswordCount = () => commonPasswords().size;
