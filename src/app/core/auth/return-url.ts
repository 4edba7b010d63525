/**
 * Where to go after signing in: only a path of this console (no other origin, no protocol-relative
 * "//host", never back to the sign-in page itself); otherwise '/', the role's home page.
 */
export function safeReturnUrl(returnUrl: string | null | undefined): string {
  if (!returnUrl || !returnUrl.startsWith('/') || returnUrl.startsWith('//') || returnUrl.startsWith('/\\')) {
    return '/';
  }
  if (returnUrl === '/' || returnUrl.startsWith('/sign-in')) return '/';
  return returnUrl;
}
