// What `git status` reports, with a hash of each reported file, so that a run can tell what it
// changed itself: CI starts from a clean clone, a developer may already have changes of their own.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Path → content hash of every changed or untracked file, or null outside a git work tree. */
export function treeSnapshot(root) {
  const status = spawnSync('git', ['status', '--porcelain=v1', '-z', '--untracked-files=all'], { cwd: root, encoding: 'utf8' });
  if (status.status !== 0) return null;
  const entries = status.stdout.split('\0').filter(Boolean);
  const snapshot = new Map();
  for (let i = 0; i < entries.length; i++) {
    const code = entries[i].slice(0, 2);
    const path = entries[i].slice(3);
    if (code.includes('R') || code.includes('C')) i++; // the next entry is the original path
    snapshot.set(path, hashOf(join(root, path)));
  }
  return snapshot;
}

/** Files whose state differs from the snapshot (new changes, or more changes to an already changed file). */
export function treeChanges(root, before) {
  const after = treeSnapshot(root);
  if (!before || !after) return [];
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((path) => (after.get(path) ?? 'clean') !== (before.get(path) ?? 'clean')).sort();
}

function hashOf(file) {
  if (!existsSync(file)) return 'missing';
  if (!statSync(file).isFile()) return 'not a file';
  return createHash('sha1').update(readFileSync(file)).digest('hex');
}
