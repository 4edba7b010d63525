import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * No inline script anywhere (console and API docs load scripts from files). Styles allow
 * 'unsafe-inline' because Angular (and Material) inject component styles at run time.
 */
const CSP = [
  "default-src 'self'",
  "base-uri 'self'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function securityHeaders(request: FastifyRequest): Record<string, string> {
  const headers: Record<string, string> = {
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'origin-agent-cluster': '?1',
    'x-dns-prefetch-control': 'off',
    'x-permitted-cross-domain-policies': 'none',
  };
  if (request.protocol === 'https') headers['strict-transport-security'] = 'max-age=31536000; includeSubDomains';
  return headers;
}

/** What still means something on a script, style, font or image: the rest only applies to a document. */
const SUBRESOURCE_HEADERS = new Set(['x-content-type-options', 'cross-origin-resource-policy', 'strict-transport-security']);

const subresources = new WeakSet<FastifyReply>();

/**
 * Marks an answer as one of the console's built files other than its HTML page (a script, style,
 * font, text), which the browser never treats as a document: it gets only the headers that still
 * mean something there. A first visit loads some 80 such files, and over HTTP/1.1 the document-only
 * headers (CSP, permissions, framing…) would add 50 kB to it. The console starts no worker, whose
 * script would need the CSP.
 */
export function markConsoleSubresource(reply: FastifyReply): void {
  subresources.add(reply);
}

/** Security headers on every response; API answers are never cached (they carry personal data). */
export function securityHeadersPlugin(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const subresource = subresources.has(reply);
    for (const [name, value] of Object.entries(securityHeaders(request))) {
      if (subresource && !SUBRESOURCE_HEADERS.has(name)) continue;
      if (!reply.hasHeader(name)) reply.header(name, value);
    }
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
}
