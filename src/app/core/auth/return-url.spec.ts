import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it('keeps a path of the console, query included', () => {
    expect(safeReturnUrl('/customers?q=dup')).toBe('/customers?q=dup');
  });

  it('refuses other origins and the sign-in page itself', () => {
    for (const url of ['https://evil.test', '//evil.test/x', '/\\evil.test', '/sign-in?returnUrl=/x', '', null]) {
      expect(safeReturnUrl(url)).withContext(String(url)).toBe('/');
    }
  });
});
