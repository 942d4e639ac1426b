/**
 * Reads a V8 .cpuprofile (node --cpu-prof) and says where the time went: the functions with the
 * most self time, the most inclusive time, and the share of each package.
 * Standalone: node dist/bench/profile.js <file.cpuprofile> [top] [skip-ms]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileLine {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  self: ProfileLine[];
  inclusive: ProfileLine[];
  packages: ProfileLine[];
}

// Native work and garbage collection are the server's cost too; only waiting is left out.
const IDLE = new Set(['(idle)', '(root)']);

function where(url: string): string {
  if (!url) return '';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return 'node';
  const dist = url.indexOf('/dist/');
  return dist >= 0 ? url.slice(dist + '/dist/'.length) : url.replace(/^file:\/\//, '');
}

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const name = functionName || '(anonymous)';
  if (!url) return name;
  const file = url.slice(url.lastIndexOf('/') + 1);
  return `${name} ${where(url)}${where(url).endsWith(file) ? '' : `/${file}`}:${lineNumber + 1}`;
}

function packageOf(node: ProfileNode): string {
  const { functionName, url } = node.callFrame;
  if (IDLE.has(functionName)) return functionName;
  if (!url) return '(native)';
  const place = where(url);
  if (place.startsWith('src/')) return 'src (this project)';
  return place === 'node' ? 'node core' : place;
}

/** `skipMs` leaves out the start of the profile: the server's boot, which is not the hot path. */
export function summarize(profile: CpuProfile, top = 25, skipMs = 0): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const packages = new Map<string, number>();
  let total = 0;
  let elapsed = 0;
  profile.samples.forEach((id, i) => {
    const delta = (profile.timeDeltas[i] ?? 0) / 1000;
    elapsed += delta;
    if (elapsed < skipMs) return;
    const node = byId.get(id);
    if (!node || IDLE.has(node.callFrame.functionName)) return;
    total += delta;
    self.set(label(node), (self.get(label(node)) ?? 0) + delta);
    packages.set(packageOf(node), (packages.get(packageOf(node)) ?? 0) + delta);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at);
      if (!frame || IDLE.has(frame.callFrame.functionName)) continue;
      const key = label(frame);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + delta);
    }
  });
  const lines = (map: Map<string, number>, n: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => ({ name, ms, share: ms / total }));
  return {
    totalMs: total,
    self: lines(self, top),
    inclusive: lines(inclusive, top * 2),
    packages: lines(packages, 15),
  };
}

export function formatSummary(summary: ProfileSummary): string {
  const row = (l: ProfileLine) =>
    `${(l.share * 100).toFixed(1).padStart(6)}%  ${l.ms.toFixed(0).padStart(7)} ms  ${l.name}`;
  return [
    `busy time in the profile: ${summary.totalMs.toFixed(0)} ms (idle and the boot left out; time the thread ` +
      'spent runnable but descheduled counts against whatever it was running)',
    '',
    'self time by package:',
    ...summary.packages.map(row),
    '',
    'top functions by self time:',
    ...summary.self.map(row),
    '',
    'top functions by inclusive time:',
    ...summary.inclusive.map(row),
  ].join('\n');
}

if (require.main === module) {
  const [file, top, skip] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node dist/bench/profile.js <file.cpuprofile> [top] [skip-ms]');
    process.exit(2);
  }
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  console.log(formatSummary(summarize(profile, Number(top) || 25, Number(skip) || 0)));
}
