import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import semver from 'semver';

/**
 * `npm ci` must not warn EBADENGINE for what runs in production: every installed runtime package
 * (a package-lock.json entry not marked `dev`) accepts the running Node and the oldest Node that
 * our own package.json allows. A transitive update that drops Node 20 fails here, not in production;
 * the remedy is an `overrides` entry in package.json pinning the last version that still accepts it.
 */
const root = new URL('../../', import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

interface LockEntry {
  dev?: boolean;
}

function runtimePackages(): { name: string; version: string; node: string | undefined }[] {
  const lock = readJson('package-lock.json') as { packages: Record<string, LockEntry> };
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path.startsWith('node_modules/') && !entry.dev)
    .filter(([path]) => existsSync(new URL(`${path}/package.json`, root))) // optional ones for other platforms are absent
    .map(([path]) => {
      const manifest = readJson(`${path}/package.json`);
      return { name: manifest.name, version: manifest.version, node: manifest.engines?.node };
    });
}

test('every installed runtime dependency accepts the running Node and our oldest supported Node', () => {
  const oldest = semver.minVersion(readJson('package.json').engines.node)!;
  const packages = runtimePackages();
  assert.ok(packages.length > 50, 'the runtime dependencies are installed');
  const refused = packages
    .filter((p) => p.node && !(semver.satisfies(process.version, p.node) && semver.satisfies(oldest, p.node)))
    .map((p) => `${p.name}@${p.version} wants Node ${p.node}`);
  assert.deepEqual(refused, [], `running ${process.version}, oldest supported ${oldest}`);
});
