import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from './helpers/test-app';

const INDEX = '<!doctype html><html><body><app-root></app-root><script src="main-7SKJ2GZQ.js"></script></body></html>';

describe('built console', () => {
  let t: TestApp;
  let staticDir: string;
  before(async () => {
    staticDir = mkdtempSync(join(tmpdir(), 'fd-static-'));
    writeFileSync(join(staticDir, 'index.html'), INDEX);
    writeFileSync(join(staticDir, 'main-7SKJ2GZQ.js'), 'console.log("console")');
    mkdirSync(join(staticDir, 'i18n'));
    writeFileSync(join(staticDir, 'i18n', 'fr.json'), '{"hello":"bonjour"}');
    t = await createTestApp({ env: { STATIC_DIR: staticDir } });
  });
  after(async () => {
    await t.close();
    rmSync(staticDir, { recursive: true, force: true });
  });

  test('/ serves index.html, never cached', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.body, INDEX);
    assert.equal(res.headers['cache-control'], 'no-cache');
    assert.match(String(res.headers['content-security-policy']), /script-src 'self'/);
  });

  test('a deep link such as /jobs/J-000123 answers index.html', async () => {
    for (const url of ['/jobs/J-000123', '/review/J-000001?tab=report', '/serials/SN.12.34']) {
      const res = await t.app.inject({ method: 'GET', url, headers: { accept: 'text/html,application/xhtml+xml' } });
      assert.equal(res.statusCode, 200, url);
      assert.equal(res.body, INDEX, url);
      assert.match(String(res.headers['content-type']), /text\/html/);
      assert.equal(res.headers['cache-control'], 'no-cache');
    }
  });

  test('hashed files are cached for good, other files revalidated; a missing file is a 404', async () => {
    const hashed = await t.app.inject({ method: 'GET', url: '/main-7SKJ2GZQ.js' });
    assert.equal(hashed.statusCode, 200);
    assert.equal(hashed.headers['cache-control'], 'public, max-age=31536000, immutable');
    const plain = await t.app.inject({ method: 'GET', url: '/i18n/fr.json' });
    assert.equal(plain.statusCode, 200);
    assert.equal(plain.headers['cache-control'], 'no-cache');
    const missing = await t.app.inject({ method: 'GET', url: '/chunk-MISSING0.js' });
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().error.code, 'not_found');
  });

  test('unknown /api addresses stay JSON 404s, even for a browser', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/jobs-nope', headers: { accept: 'text/html' } });
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().error.code, 'not_found');
  });
});

describe('console not built', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  test('/ says to run npm run build (English and French)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/' });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /npm run build/);
    assert.match(res.body, /console n'est pas encore construite/);
  });

  test('OpenAPI JSON is generated from the route schemas; the docs UI loads no inline script', async () => {
    const json = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    assert.equal(json.statusCode, 200);
    const doc = json.json();
    assert.equal(doc.openapi, '3.1.0');
    const createCustomer = doc.paths['/api/customers'].post;
    assert.ok(createCustomer.requestBody.content['application/json'].schema.properties.sites);
    assert.deepEqual(createCustomer.security, [{ session: [] }]);
    assert.deepEqual(doc.paths['/api/field/me'].get.security, [{ bearer: [] }]);
    assert.ok(doc.paths['/api/customers/{id}'].patch);
    const received = doc.paths['/api/field/jobs/{id}/received'].post;
    assert.deepEqual(received.security, [{ bearer: [] }]);
    assert.match(received.summary, /synchronized/);
    assert.doesNotMatch(doc.paths['/api/field/jobs/{id}'].get.summary, /marks/, 'reading a job changes nothing');
    assert.ok(!Object.keys(doc.paths).some((p) => p.startsWith('/api/docs')), 'the docs routes are not documented');

    const ui = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    assert.equal(ui.statusCode, 200);
    assert.match(ui.body, /swagger-initializer\.js/);
    assert.doesNotMatch(ui.body, /<script>(?!\s*<\/script>)|<script(?![^>]*src=)[^>]*>\s*\S/, 'no inline script');
    const initializer = await t.app.inject({ method: 'GET', url: '/api/docs/static/swagger-initializer.js' });
    assert.equal(initializer.statusCode, 200);
    assert.match(initializer.body, /\/api\/docs\/json|\.\/json/);
  });
});
