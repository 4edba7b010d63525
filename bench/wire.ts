import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium, type BrowserContext } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { API_BROTLI_QUALITY, API_GZIP_LEVEL } from '../server/src/shared/http-compression';
import { timings } from './support';

/**
 * Bytes on the wire: what a browser transfers for each page of the built console on its first visit
 * (cold cache, real HTTP, counted from Playwright's response sizes), with and without compression; the
 * jobs grid's 50-row block as sent (identity, gzip, brotli); the CPU that compressing that block costs
 * beside the request itself; Lighthouse performance (desktop preset) of each page.
 * `npm run build` first. `npm run bench -- wire`; WIRE_PORT (4316), WIRE_LIGHTHOUSE=0 to skip Lighthouse,
 * WIRE_REPORTS=<folder> to keep each page's Lighthouse report (JSON).
 * Runs the journeys' server (600 seeded jobs). Prints figures; asserts nothing.
 */
const port = Number(process.env['WIRE_PORT'] ?? 4316);
const base = `http://127.0.0.1:${port}`;
const CHROMIUM = process.env['CHROME_BIN'] ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'];
const ADMIN = { email: 'admin@demo.fielddesk.test', password: 'fielddesk-demo' };
const PAGES = ['/jobs', '/dashboard', '/jobs/board', '/review', '/reserves', '/report-templates', '/depots', '/serials', '/repairs', '/stock-shortfalls', '/catalog', '/customers', '/users', '/settings', '/audit', '/sign-in'];
const BLOCK = '/api/jobs?limit=50';
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request whose answer is read as sent (fetch would decode it). */
function raw(path: string, headers: Record<string, string> = {}, method = 'GET', payload?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

async function startServer() {
  const server = spawn(process.execPath, ['scripts/e2e-server.mjs'], { env: { ...process.env, E2E_PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 600; i++) {
    try {
      if ((await raw('/api/health')).status === 200) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  server.kill('SIGTERM');
  throw new Error('the server did not start');
}

async function signIn(): Promise<{ cookie: string; value: string }> {
  const res = await raw('/api/auth/login', { 'content-type': 'application/json' }, 'POST', JSON.stringify(ADMIN));
  if (res.status !== 200) throw new Error(`sign-in: ${res.status} ${res.body.toString()}`);
  const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('fd_session='))!;
  const value = setCookie.split(';')[0]!.slice('fd_session='.length);
  return { cookie: `fd_session=${value}`, value };
}

/** Transferred bytes (headers + encoded bodies) of one first visit, until the network has been quiet for 1.5 s. */
async function firstVisit(context: BrowserContext, path: string): Promise<{ bytes: number; requests: number; uncompressedText: number }> {
  const page = await context.newPage();
  let bytes = 0;
  let requests = 0;
  let uncompressedText = 0;
  let last = Date.now();
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (req) => {
    last = Date.now();
    pending.push(
      (async () => {
        // A request that ends as the page closes has no sizes left to read: not part of the visit.
        const sizes = await req.sizes().catch(() => null);
        const response = await req.response().catch(() => null);
        if (!sizes) return;
        bytes += sizes.responseBodySize + sizes.responseHeadersSize;
        requests++;
        const type = String(response?.headers()['content-type'] ?? '');
        if (/text|javascript|json|svg/.test(type) && !response?.headers()['content-encoding'] && sizes.responseBodySize > 1024) uncompressedText += sizes.responseBodySize;
      })(),
    );
  });
  await page.goto(`${base}${path}`, { waitUntil: 'load' });
  const started = Date.now();
  while (Date.now() - last < 1500 && Date.now() - started < 20_000) await page.waitForTimeout(250);
  await Promise.all(pending);
  await page.close();
  return { bytes, requests, uncompressedText };
}

async function pages(session: { value: string }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  console.log('\nFirst visit of each page (cold cache, signed in as the administrator), transferred:');
  console.log(`${'page'.padEnd(20)} ${'compressed'.padStart(12)} ${'identity'.padStart(12)} ${'ratio'.padStart(7)} requests  text sent uncompressed`);
  try {
    for (const path of PAGES) {
      const visit = async (acceptEncoding?: string) => {
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, ...(acceptEncoding ? { extraHTTPHeaders: { 'accept-encoding': acceptEncoding } } : {}) });
        if (path !== '/sign-in') await context.addCookies([{ name: 'fd_session', value: session.value, url: base }]);
        try {
          return await firstVisit(context, path);
        } finally {
          await context.close();
        }
      };
      const compressed = await visit();
      const identity = await visit('identity');
      console.log(
        `${path.padEnd(20)} ${kB(compressed.bytes).padStart(12)} ${kB(identity.bytes).padStart(12)} ${(identity.bytes / compressed.bytes).toFixed(1).padStart(6)}× ${String(compressed.requests).padStart(8)}  ${kB(compressed.uncompressedText)}`,
      );
    }
  } finally {
    await browser.close();
  }
}

/** A whole request through fetch (kept-alive connection, no Nagle delay), answer read and decoded. */
const requestBlock = (headers: Record<string, string>) => async () => (await fetch(`${base}${BLOCK}`, { headers })).arrayBuffer();

async function apiBlock(cookie: string) {
  console.log(`\nThe jobs grid's first block (${BLOCK}), as sent:`);
  const plain = await raw(BLOCK, { cookie, 'accept-encoding': 'identity' });
  if (plain.status !== 200) throw new Error(`${BLOCK}: ${plain.status}`);
  for (const encoding of ['identity', 'gzip', 'br']) {
    const res = await raw(BLOCK, { cookie, 'accept-encoding': encoding });
    console.log(`  ${encoding.padEnd(9)} ${kB(res.body.length).padStart(9)}  (content-encoding: ${res.headers['content-encoding'] ?? 'none'})`);
  }

  console.log(`\nCPU to compress that block (${kB(plain.body.length)}), median of 300, beside the whole request measured in this run:`);
  const request = (await timings(200, requestBlock({ cookie, 'accept-encoding': 'identity' }))).median;
  const requestBr = (await timings(200, requestBlock({ cookie, 'accept-encoding': 'br' }))).median;
  console.log(`  ${'request, identity (fetch, sequential)'.padEnd(38)} ${request.toFixed(3).padStart(7)} ms`);
  console.log(`  ${'request, brotli as served'.padEnd(38)} ${requestBr.toFixed(3).padStart(7)} ms`);
  const body = plain.body;
  const variants: [string, () => Buffer][] = [
    ...[1, 2, 3, 4, 5, 11].map((q) => [`brotli quality ${q}${q === API_BROTLI_QUALITY ? ' (served)' : ''}`, () => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: q } })] as [string, () => Buffer]),
    ...[1, 6, 9].map((level) => [`gzip level ${level}${level === API_GZIP_LEVEL ? ' (served)' : ''}`, () => gzipSync(body, { level })] as [string, () => Buffer]),
  ];
  for (const [label, compress] of variants) {
    const ms = (await timings(label.includes('quality 11') ? 30 : 300, compress)).median;
    const size = compress().length;
    console.log(
      `  ${label.padEnd(38)} ${ms.toFixed(3).padStart(7)} ms  ${kB(size).padStart(8)}  ${(ms / request).toFixed(2)}× the request; at 2,000 blocks/s ${((ms * 2000) / 10).toFixed(0)}% of one core`,
    );
  }
}

async function lighthouseScores(cookie: string) {
  console.log('\nLighthouse performance (desktop preset, one run per page):');
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...FLAGS] });
  try {
    for (const path of PAGES) {
      const result = await lighthouse(
        `${base}${path}`,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], extraHeaders: path === '/sign-in' ? {} : { Cookie: cookie } },
        desktopConfig,
      );
      const lhr = result?.lhr;
      if (process.env['WIRE_REPORTS']) writeFileSync(`${process.env['WIRE_REPORTS']}/${path.slice(1).replace(/\W/g, '-')}.json`, JSON.stringify(lhr));
      const audit = (id: string) => lhr?.audits[id]?.displayValue ?? '-';
      const score = Math.round((lhr?.categories['performance']?.score ?? 0) * 100);
      console.log(`  ${path.padEnd(20)} ${String(score).padStart(3)}   FCP ${audit('first-contentful-paint')}   LCP ${audit('largest-contentful-paint')}   TBT ${audit('total-blocking-time')}   CLS ${audit('cumulative-layout-shift')}`);
    }
  } finally {
    chrome.kill();
  }
}

if (!existsSync('dist/fielddesk/browser/index.html')) {
  console.error('bench wire: no built console; run `npm run build` first.');
  process.exit(2);
}
const server = await startServer();
try {
  const session = await signIn();
  await apiBlock(session.cookie);
  await pages(session);
  if (process.env['WIRE_LIGHTHOUSE'] !== '0') await lighthouseScores(session.cookie);
} finally {
  server.kill('SIGTERM');
}
