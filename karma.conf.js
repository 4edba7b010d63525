// Karma for `ng test` (@angular/build:unit-test, runner "karma"). This package is ESM ("type": "module"):
// Node 20.19+ lets Karma require() this file and it reads the default export.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.dirname(fileURLToPath(import.meta.url));

process.env.CHROME_BIN ||= '/usr/bin/chromium';

/** CI reads "N passed, N failed", not Karma's "TOTAL: N SUCCESS". */
function PassFailSummary(baseReporterDecorator) {
  baseReporterDecorator(this);
  this.onRunComplete = (_browsers, results) => {
    const passed = results.success;
    const failed = results.failed + (results.error ? 1 : 0);
    process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  };
  // Only the summary: the progress reporter already prints each failure.
  this.adapters = [];
}
PassFailSummary.$inject = ['baseReporterDecorator'];

export default function (config) {
  config.set({
    basePath: '',
    frameworks: ['jasmine'],
    plugins: [
      require('karma-jasmine'),
      require('karma-chrome-launcher'),
      require('karma-coverage'),
      { 'reporter:pass-fail': ['type', PassFailSummary] },
    ],
    client: {
      jasmine: { random: true },
      clearContext: true,
    },
    coverageReporter: {
      dir: path.join(root, 'coverage/fielddesk'),
      subdir: '.',
      reporters: [{ type: 'html' }, { type: 'text-summary' }],
    },
    reporters: ['dots', 'pass-fail'],
    browsers: ['ChromeHeadlessFieldDesk'],
    customLaunchers: {
      ChromeHeadlessFieldDesk: {
        base: 'ChromeHeadless',
        flags: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
        ],
      },
    },
    browserNoActivityTimeout: 120000,
    captureTimeout: 120000,
    singleRun: true,
    autoWatch: false,
    restartOnFileChange: false,
  });
}
