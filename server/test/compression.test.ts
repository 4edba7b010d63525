import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { aCustomer } from './helpers/customers';
import { createTestApp, signedInAs, type Credentials, type TestApp } from './helpers/test-app';

/** What a client reads once it has undone the answer's content-encoding. */
function decoded(res: { rawPayload: Buffer; headers: Record<string, unknown> }): string {
  const encoding = res.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(res.rawPayload).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(res.rawPayload).toString('utf8');
  assert.equal(encoding, undefined, `unexpected content-encoding ${String(encoding)}`);
  return res.rawPayload.toString('utf8');
}

const varies = (res: { headers: Record<string, unknown> }) => /accept-encoding/i.test(String(res.headers['vary'] ?? ''));

describe('built console files: precompressed copies', () => {
  let t: TestApp;
  let staticDir: string;
  // Big and repetitive enough to compress well, as a real bundle does.
  const MAIN = Array.from({ length: 200 }, (_, i) => `console.log("chunk line ${i}");`).join('\n');
  const INDEX = `<!doctype html><html><head>${'<link rel="modulepreload" href="chunk-AAAAAAAA.js">'.repeat(30)}</head><body><fd-root></fd-root><script src="main-7SKJ2GZQ.js"></script></body></html>`;
  const TRANSLATIONS = JSON.stringify(Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`key${i}`, `Texte numéro ${i}`])));

  before(async () => {
    staticDir = mkdtempSync(join(tmpdir(), 'fd-static-'));
    writeFileSync(join(staticDir, 'index.html'), INDEX);
    writeFileSync(join(staticDir, 'main-7SKJ2GZQ.js'), MAIN);
    mkdirSync(join(staticDir, 'i18n'));
    writeFileSync(join(staticDir, 'i18n', 'fr.json'), TRANSLATIONS);
    writeFileSync(join(staticDir, 'fresh.js'), MAIN); // copied after the build's step: no .br/.gz of its own
    const run = spawnSync(process.execPath, ['scripts/precompress.mjs', staticDir], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    rmSync(join(staticDir, 'fresh.js.br'));
    rmSync(join(staticDir, 'fresh.js.gz'));
    t = await createTestApp({ env: { STATIC_DIR: staticDir } });
  });
  after(async () => {
    await t.close();
    rmSync(staticDir, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string, accept?: string) =>
    t.app.inject({ method: 'GET', url, headers: { ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}), ...(accept ? { accept } : {}) } });

  test('the build step writes a brotli and a gzip copy of each text file', () => {
    for (const name of ['index.html', 'main-7SKJ2GZQ.js', 'i18n/fr.json']) {
      assert.ok(existsSync(join(staticDir, `${name}.br`)), `${name}.br`);
      assert.ok(existsSync(join(staticDir, `${name}.gz`)), `${name}.gz`);
    }
  });

  test('a browser accepting brotli gets the .br copy, with its type, Vary and the hashed file cached for good', async () => {
    const res = await get('/main-7SKJ2GZQ.js', 'gzip, deflate, br, zstd');
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-encoding'], 'br');
    assert.match(String(res.headers['content-type']), /javascript/);
    assert.ok(varies(res), 'Vary: accept-encoding');
    assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.ok(res.rawPayload.length < MAIN.length / 4, `${res.rawPayload.length} bytes sent for ${MAIN.length}`);
    assert.deepEqual(res.rawPayload, readFileSync(join(staticDir, 'main-7SKJ2GZQ.js.br')), 'the build\'s copy, not compressed again');
    assert.equal(decoded(res), MAIN);
  });

  test('gzip only → the .gz copy; nothing accepted → the plain file, still marked Vary', async () => {
    const gz = await get('/main-7SKJ2GZQ.js', 'gzip');
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.ok(varies(gz));
    assert.deepEqual(gz.rawPayload, readFileSync(join(staticDir, 'main-7SKJ2GZQ.js.gz')));
    assert.equal(decoded(gz), MAIN);

    for (const acceptEncoding of [undefined, 'identity', 'br;q=0, gzip;q=0']) {
      const plain = await get('/main-7SKJ2GZQ.js', acceptEncoding);
      assert.equal(plain.statusCode, 200);
      assert.equal(plain.headers['content-encoding'], undefined, String(acceptEncoding));
      assert.ok(varies(plain), 'a shared cache must not hand this copy to a browser that accepts brotli');
      assert.equal(plain.body, MAIN);
    }
  });

  test('files that are not hashed are compressed too, and revalidated', async () => {
    const res = await get('/i18n/fr.json', 'br');
    assert.equal(res.headers['content-encoding'], 'br');
    assert.equal(res.headers['cache-control'], 'no-cache');
    assert.match(String(res.headers['content-type']), /json/);
    assert.deepEqual(JSON.parse(decoded(res)), JSON.parse(TRANSLATIONS));
  });

  test('index.html, at / and behind a deep link, comes compressed as accepted', async () => {
    for (const url of ['/', '/jobs/J-000123']) {
      const br = await get(url, 'gzip, br', 'text/html');
      assert.equal(br.headers['content-encoding'], 'br', url);
      assert.ok(varies(br), url);
      assert.equal(br.headers['cache-control'], 'no-cache', url);
      assert.equal(decoded(br), INDEX, url);
      const plain = await get(url, undefined, 'text/html');
      assert.equal(plain.headers['content-encoding'], undefined, url);
      assert.equal(plain.body, INDEX, url);
    }
  });

  test("the console's files carry only the headers a script or style uses; its page keeps every security header", async () => {
    const script = await get('/main-7SKJ2GZQ.js', 'br');
    assert.equal(script.headers['x-content-type-options'], 'nosniff');
    assert.equal(script.headers['cross-origin-resource-policy'], 'same-origin');
    for (const documentOnly of ['content-security-policy', 'permissions-policy', 'x-frame-options', 'referrer-policy']) {
      assert.equal(script.headers[documentOnly], undefined, documentOnly);
    }
    assert.equal(script.headers['etag'], undefined, 'an immutable file is never revalidated');
    assert.equal(script.headers['last-modified'], undefined);
    const texts = await get('/i18n/fr.json', 'br');
    assert.ok(texts.headers['etag'], 'a file that is revalidated keeps its validator');

    for (const url of ['/', '/jobs/J-000123']) {
      const page = await get(url, 'br', 'text/html');
      assert.match(String(page.headers['content-security-policy']), /default-src 'self'/, url);
      assert.equal(page.headers['x-frame-options'], 'DENY', url);
    }
  });

  test('a file without a precompressed copy is compressed on the fly', async () => {
    const res = await get('/fresh.js', 'br');
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-encoding'], 'br');
    assert.equal(decoded(res), MAIN);
  });
});

describe('API answers', () => {
  let t: TestApp;
  let dispatcher: Credentials;
  before(async () => {
    t = await createTestApp();
    ({ dispatcher } = await signedInAs('dispatcher')(t));
    for (let i = 0; i < 8; i++) {
      const res = await t.app.inject({ method: 'POST', url: '/api/customers', headers: dispatcher.headers, payload: aCustomer({ name: `Customer ${i}` }) });
      assert.equal(res.statusCode, 201, res.body);
    }
  });
  after(() => t.close());

  const get = (url: string, acceptEncoding?: string) =>
    t.app.inject({ method: 'GET', url, headers: { ...dispatcher.headers, ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) } });

  test('an answer above 1 kB is compressed as the client accepts (brotli first), the same JSON once decoded', async () => {
    const plain = await get('/api/customers');
    assert.equal(plain.statusCode, 200);
    assert.equal(plain.headers['content-encoding'], undefined, 'nothing accepted, nothing encoded');
    assert.ok(plain.rawPayload.length > 1024, `the list is ${plain.rawPayload.length} bytes`);

    const br = await get('/api/customers', 'gzip, deflate, br');
    assert.equal(br.statusCode, 200);
    assert.equal(br.headers['content-encoding'], 'br');
    assert.ok(varies(br));
    assert.match(String(br.headers['content-type']), /application\/json/);
    assert.equal(br.headers['cache-control'], 'no-store');
    assert.ok(br.rawPayload.length < plain.rawPayload.length / 2, `${br.rawPayload.length} of ${plain.rawPayload.length} bytes`);
    assert.deepEqual(JSON.parse(decoded(br)), plain.json());

    const gz = await get('/api/customers', 'gzip');
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.deepEqual(JSON.parse(decoded(gz)), plain.json());
  });

  test('a small answer (under 1 kB) is sent as is', async () => {
    const res = await get('/api/auth/me', 'gzip, br');
    assert.equal(res.statusCode, 200);
    assert.ok(res.rawPayload.length < 1024, `${res.rawPayload.length} bytes`);
    assert.equal(res.headers['content-encoding'], undefined);
  });

  test('an error answer keeps the one error shape once decoded', async () => {
    const res = await get(`/api/customers/${crypto.randomUUID()}`, 'br');
    assert.equal(res.statusCode, 404);
    assert.equal(JSON.parse(decoded(res)).error.code, 'not_found');
  });
});
