// `npm test`: every suite in turn (lint, type checks, server, console, journeys), each one's
// counts, then one closing line `N passed, N failed` over all of them. Exits non-zero on any failure.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './prerequisites.mjs';

const root = new URL('..', import.meta.url).pathname;
const env = { ...process.env, NG_CLI_ANALYTICS: 'false', FORCE_COLOR: '0' };

/** Runs a command, echoing its output, and resolves with { code, output }. */
function run(command, args, extraEnv = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const echo = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', echo(process.stdout));
    child.stderr.on('data', echo(process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const bin = (name) => `${root}node_modules/.bin/${name}`;

/** Each suite returns { passed, failed }; a runner that died without counts is one failure. */
const suites = [
  {
    name: 'lint',
    async run() {
      const { code } = await run(bin('eslint'), ['.', '--max-warnings=0']);
      return code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
    },
  },
  {
    name: 'type checks',
    async run() {
      let passed = 0;
      let failed = 0;
      for (const project of ['server/tsconfig.json', 'tsconfig.app.json', 'tsconfig.spec.json']) {
        const { code } = await run(bin('tsc'), ['-p', project, '--noEmit']);
        code === 0 ? passed++ : failed++;
      }
      return { passed, failed };
    },
  },
  {
    name: 'server (node:test)',
    async run() {
      const { code, output } = await run(process.execPath, ['scripts/test-server.mjs']);
      const passed = lastNumber(output, /^(?:#|ℹ) pass (\d+)/gm);
      const failed = lastNumber(output, /^(?:#|ℹ) fail (\d+)/gm);
      return countsOrFailure(code, passed, failed);
    },
  },
  {
    name: 'console (Karma)',
    async run() {
      const { code, output } = await run(bin('ng'), ['test', '--watch=false']);
      const executed = [...output.matchAll(/Executed (\d+) of (\d+)(?: \((\d+) FAILED\))?/g)].at(-1);
      if (!executed) return countsOrFailure(code, null, null);
      const failed = Number(executed[3] ?? 0);
      return countsOrFailure(code, Number(executed[1]) - failed, failed);
    },
  },
  {
    name: 'journeys (Playwright)',
    async run() {
      const report = `${root}test-results/playwright.json`;
      rmSync(report, { force: true });
      const { code } = await run(process.execPath, ['scripts/test-e2e.mjs'], { PLAYWRIGHT_JSON_OUTPUT_NAME: report });
      try {
        const { stats } = JSON.parse(readFileSync(report, 'utf8'));
        return countsOrFailure(code, stats.expected + stats.flaky, stats.unexpected);
      } catch {
        return countsOrFailure(code, null, null);
      }
    },
  },
  {
    // After the journeys, which build the console: no zod in the browser, initial JS within budget.
    name: 'bundle',
    async run() {
      const build = await run(bin('ng'), ['build']);
      if (build.code !== 0) return { passed: 0, failed: 1 };
      const { code } = await run(process.execPath, ['scripts/check-bundle.mjs']);
      return code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
    },
  },
];

function lastNumber(text, pattern) {
  const match = [...text.matchAll(pattern)].at(-1);
  return match ? Number(match[1]) : null;
}

function countsOrFailure(code, passed, failed) {
  if (passed === null || failed === null) return { passed: 0, failed: 1 };
  // A runner that exits non-zero with no failed test (a crash, a setup error) still fails.
  return { passed, failed: code !== 0 && failed === 0 ? 1 : failed };
}

const only = process.argv.slice(2);
const picked = suites.filter((suite) => !only.length || only.some((o) => suite.name.startsWith(o)));
const needsBrowser = picked.some((suite) => /Karma|Playwright/.test(suite.name));
if (needsBrowser && !ensureChromium()) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const results = [];
for (const suite of picked) {
  console.log(`\n=== ${suite.name} ===`);
  results.push({ name: suite.name, ...(await suite.run()) });
}

console.log('\n=== summary ===');
for (const r of results) console.log(`${r.name}: ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
