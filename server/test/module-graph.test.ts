import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const modulesDir = fileURLToPath(new URL('../src/modules', import.meta.url));
/** Static imports, re-exports and dynamic import() of a relative path. */
const SPECIFIER = /(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)['"](\.[^'"]+)['"]/gm;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    // Audit samples are test scaffolding on their way to server/test/ (issue 13): not part of the graph.
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const moduleOf = (path: string) => relative(modulesDir, path).split(sep)[0];

/** Which module imports which (a module's own files left out). */
function moduleGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of filesUnder(modulesDir)) {
    const from = moduleOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      const target = resolve(dirname(file), specifier);
      if (!target.startsWith(modulesDir + sep)) continue;
      const to = moduleOf(target);
      if (to !== from) edges.add(to);
    }
  }
  return graph;
}

/** Every cycle's path (a → b → a), found by a depth-first walk. */
function cyclesOf(graph: Map<string, Set<string>>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const walk = (node: string, path: string[]) => {
    const at = path.indexOf(node);
    if (at >= 0) return void cycles.push([...path.slice(at), node]);
    if (done.has(node)) return;
    for (const next of graph.get(node) ?? []) walk(next, [...path, node]);
    done.add(node);
  };
  for (const node of graph.keys()) walk(node, []);
  return cycles;
}

describe('server modules depend on each other one way (issue 13)', () => {
  test('no cycle between modules', () => {
    const graph = moduleGraph();
    assert.ok(graph.size >= 15, 'the modules were found');
    assert.ok(graph.get('review')?.has('jobs'), 'the imports were read');
    assert.deepEqual(cyclesOf(graph).map((c) => c.join(' → ')), []);
  });

  test('the walk finds a cycle through several modules', () => {
    const graph = new Map([
      ['jobs', new Set(['settings', 'review'])],
      ['review', new Set(['field'])],
      ['field', new Set(['jobs'])],
      ['settings', new Set<string>()],
    ]);
    assert.deepEqual(cyclesOf(graph), [['jobs', 'review', 'field', 'jobs']]);
  });
});
