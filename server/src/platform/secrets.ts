import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes, base64url: session cookies, CSRF tokens and bearer tokens. */
export const randomSecret = () => randomBytes(32).toString('base64url');

/** Secrets are stored as their SHA-256: a leaked table gives no usable cookie or token. */
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
