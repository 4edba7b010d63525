import { readFileSync } from 'node:fs';

/**
 * Where a CPU profile's time went: `npx tsx bench/profile-summary.lib.ts <file.cpuprofile> [top]`.
 * Prints self time by area (a package, or our own folders) and the top functions by self time,
 * as shares of the busy (non-idle) time, so a before and an after compare at a glance.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-summary.lib.ts <file.cpuprofile> [top]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map<number, number>();
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

function areaOf(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native/V8)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return 'node core';
  const ours = /\/(server\/src\/[^/]+(?:\/[^/.]+)?|contract)\//.exec(url);
  return ours ? ours[1]! : url.replace(/^.*\//, '');
}

const areas = new Map<string, number>();
const functions = new Map<string, number>();
let busy = 0;
for (const [id, us] of selfUs) {
  const node = byId.get(id)!;
  const { functionName, url, lineNumber } = node.callFrame;
  if (functionName === '(idle)') continue;
  busy += us;
  const area = areaOf(url, functionName);
  areas.set(area, (areas.get(area) ?? 0) + us);
  const where = url ? `${url.replace(/^.*node_modules\//, '').replace(/^.*\/(server|contract)\//, '$1/')}:${lineNumber + 1}` : '';
  const key = `${functionName || '(anonymous)'} ${where}`;
  functions.set(key, (functions.get(key) ?? 0) + us);
}

const top = Number(topArg ?? 25);
const share = (us: number) => `${((100 * us) / busy).toFixed(1).padStart(5)} %`;
console.log(`busy ${(busy / 1e6).toFixed(2)} s\n\nby area (self time)`);
for (const [area, us] of [...areas].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${share(us)}  ${area}`);
console.log(`\ntop ${top} functions (self time)`);
for (const [fn, us] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${share(us)}  ${fn}`);
