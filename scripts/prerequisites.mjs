// What `npm test` needs beyond node_modules: a Chromium for the console specs and the journeys.
// Checked first, so a fresh machine learns it in seconds rather than after the server suite:
// as root with apt (a fresh Debian machine or container) Debian's chromium is installed here,
// as .ci/run does; otherwise one line says what to install. Never a downloaded browser.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** The Chromium the suites will use (CHROME_BIN wins), or null when there is none yet. */
export function chromiumPath(env = process.env) {
  const wanted = env.CHROME_BIN || DEBIAN_CHROMIUM;
  return existsSync(wanted) ? wanted : null;
}

/** Resolves true when Chromium is there (installing it when we may); prints why not otherwise. */
export function ensureChromium(env = process.env, log = console.log) {
  if (chromiumPath(env)) return true;
  if (env.CHROME_BIN) {
    log(`npm test: CHROME_BIN points at ${env.CHROME_BIN}, which does not exist — fix it or unset it to use Debian's chromium.`);
    return false;
  }
  const mayInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!mayInstall) {
    log("npm test needs Chromium for the console specs and journeys: run `sudo apt-get install chromium` (Debian/Ubuntu) or set CHROME_BIN to a Chromium binary.");
    return false;
  }
  log("npm test: installing Debian's chromium (once)…");
  const apt = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  if (apt(['update', '-qq']) && apt(['install', '-y', '-qq', 'chromium']) && chromiumPath(env)) return true;
  log('npm test: installing chromium with apt-get failed (see above); install it and run npm test again.');
  return false;
}
