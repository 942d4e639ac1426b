import type { BcryptResult } from './bcrypt-ceiling';
import type { LoadResult } from './load';
import type { Scenario } from './scenarios';

export type ServerName = 'api' | 'baseline';

export interface Measure {
  server: ServerName;
  round: number;
  load: LoadResult;
  background?: LoadResult;
  /** CPU the server process used during the round, in milliseconds. */
  serverCpuMs: number;
  /** CPU all PostgreSQL processes used during the round; unknown on an external server. */
  dbCpuMs?: number;
  peakRss: number;
}

export interface ScenarioRun {
  scenario: Scenario;
  measures: Measure[];
  bcrypt: BcryptResult[];
}

export interface ParityCheck {
  kind: string;
  sql: 'same' | 'differs' | 'not checked';
  json: 'same' | 'differs';
  headers: 'same' | 'differs';
  notes: string[];
}

export interface RunInfo {
  /** What the API is measured against: the hand-written baseline, or another build of the API. */
  against: 'baseline' | 'reference';
  date: Date;
  machine: string;
  node: string;
  database: string;
  commit: string;
  command: string;
  settings: string;
  parity: ParityCheck[];
}

export interface ServerSummary {
  rps: number;
  p50: number;
  p99: number;
  failures: number;
  failureDetail: string;
  peakRss: number;
  cpuUsPerRequest: number;
  dbUsPerRequest: number | undefined;
  backgroundRps: number | undefined;
}

export interface Target {
  name: string;
  goal: string;
  measured: string;
  met: boolean | undefined;
}

export const median = (values: number[]): number => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const MB = 1024 * 1024;

function failuresOf(results: LoadResult[]): { count: number; detail: string } {
  const byKind = new Map<string, number>();
  for (const r of results) {
    for (const [status, n] of Object.entries(r.unexpected)) byKind.set(status, (byKind.get(status) ?? 0) + n);
    if (r.errors) byKind.set('errors', (byKind.get('errors') ?? 0) + r.errors);
    if (r.timeouts) byKind.set('timeouts', (byKind.get('timeouts') ?? 0) + r.timeouts);
  }
  const count = [...byKind.entries()].filter(([k]) => k !== 'timeouts').reduce((sum, [, n]) => sum + n, 0);
  return { count, detail: [...byKind.entries()].map(([k, n]) => `${n}× ${k}`).join(', ') };
}

export function summarizeServer(run: ScenarioRun, server: ServerName): ServerSummary | undefined {
  const measures = run.measures.filter((m) => m.server === server);
  if (!measures.length) return undefined;
  const failures = failuresOf(measures.flatMap((m) => (m.background ? [m.load, m.background] : [m.load])));
  const perRequest = (ms: number | undefined, m: Measure) => {
    const responses = m.load.responses + (m.background?.responses ?? 0);
    return ms === undefined || !responses ? NaN : (ms * 1000) / responses;
  };
  const db = measures.map((m) => perRequest(m.dbCpuMs, m));
  return {
    rps: median(measures.map((m) => m.load.rps)),
    p50: median(measures.map((m) => m.load.p50)),
    p99: median(measures.map((m) => m.load.p99)),
    failures: failures.count,
    failureDetail: failures.detail,
    peakRss: Math.max(...measures.map((m) => m.peakRss)),
    cpuUsPerRequest: median(measures.map((m) => perRequest(m.serverCpuMs, m))),
    dbUsPerRequest: db.some(Number.isFinite) ? median(db) : undefined,
    backgroundRps: run.scenario.background ? median(measures.map((m) => m.background?.rps ?? NaN)) : undefined,
  };
}

/** API ÷ baseline, round by round (each round measures both, back to back). */
export function roundRatios(run: ScenarioRun): { rps: number[]; p99: number[] } {
  const rounds = [...new Set(run.measures.map((m) => m.round))].sort((a, b) => a - b);
  const rps: number[] = [];
  const p99: number[] = [];
  for (const round of rounds) {
    const api = run.measures.find((m) => m.round === round && m.server === 'api');
    const base = run.measures.find((m) => m.round === round && m.server === 'baseline');
    if (!api || !base) continue;
    rps.push(api.load.rps / base.load.rps);
    p99.push(api.load.p99 / base.load.p99);
  }
  return { rps, p99 };
}

const fmt = (value: number | undefined, digits = 0) =>
  value === undefined || !Number.isFinite(value) ? 'n/a' : value.toFixed(digits);
const pct = (value: number) => (Number.isFinite(value) ? `${(value * 100).toFixed(0)}%` : 'n/a');

export function evaluateTargets(runs: ScenarioRun[]): Target[] {
  const targets: Target[] = [];
  const find = (name: string) => runs.find((r) => r.scenario.name === name);
  for (const name of ['list', 'get', 'get-304', 'create', 'create-keyed', 'complete']) {
    const run = find(name);
    if (!run) continue;
    const ratios = roundRatios(run);
    const rps = median(ratios.rps);
    const p99 = median(ratios.p99);
    targets.push({
      name: `${name}: throughput`,
      goal: '≥ 85% of baseline req/s',
      measured: `${pct(rps)} (rounds: ${ratios.rps.map(pct).join(', ')})`,
      met: Number.isFinite(rps) ? rps >= 0.85 : undefined,
    });
    targets.push({
      name: `${name}: p99`,
      goal: '≤ 1.5× baseline p99',
      measured: `${fmt(p99, 2)}× (rounds: ${ratios.p99.map((r) => fmt(r, 2)).join(', ')})`,
      met: Number.isFinite(p99) ? p99 <= 1.5 : undefined,
    });
  }
  const login = find('login');
  if (login) {
    const api = summarizeServer(login, 'api');
    const ceiling = median(login.bcrypt.map((b) => b.perSecond));
    const ratio = (api?.rps ?? NaN) / ceiling;
    targets.push({
      name: 'login: throughput',
      goal: '≥ 85% of bare bcrypt compares/s',
      measured: `${pct(ratio)} (${fmt(api?.rps, 1)} logins/s vs ${fmt(ceiling, 1)} compares/s)`,
      met: Number.isFinite(ratio) ? ratio >= 0.85 : undefined,
    });
  }
  const mixed = find('list+login');
  const list = find('list');
  if (mixed && list) {
    const loaded = summarizeServer(mixed, 'api')?.p99 ?? NaN;
    const unloaded = summarizeServer(list, 'api')?.p99 ?? NaN;
    targets.push({
      name: 'list p99 while logins run',
      goal: '≤ 2× its unloaded p99',
      measured: `${fmt(loaded / unloaded, 2)}× (${fmt(loaded, 1)} ms vs ${fmt(unloaded, 1)} ms)`,
      met: Number.isFinite(loaded / unloaded) ? loaded / unloaded <= 2 : undefined,
    });
  }
  const failures = runs.reduce((sum, run) => sum + (summarizeServer(run, 'api')?.failures ?? 0), 0);
  targets.push({
    name: 'API errors',
    goal: 'zero non-2xx or failed requests',
    measured: String(failures),
    met: runs.length ? failures === 0 : undefined,
  });
  const peak = Math.max(...runs.map((run) => summarizeServer(run, 'api')?.peakRss ?? 0));
  targets.push({
    name: 'API memory under load',
    goal: 'peak RSS < 200 MB',
    measured: `${fmt(peak / MB)} MB`,
    met: runs.length ? peak < 200 * MB : undefined,
  });
  return targets;
}

function scenarioRows(runs: ScenarioRun[], against: string): string[][] {
  const rows: string[][] = [];
  for (const run of runs) {
    for (const server of ['api', 'baseline'] as const) {
      const s = summarizeServer(run, server);
      if (!s) continue;
      const ratios = roundRatios(run);
      rows.push([
        run.scenario.name,
        server === 'api' ? 'API' : against,
        fmt(s.rps) + (s.backgroundRps !== undefined ? ` (+${fmt(s.backgroundRps, 1)} logins/s)` : ''),
        fmt(s.p50, 1),
        fmt(s.p99, 1),
        s.failures ? `${s.failures} (${s.failureDetail})` : s.failureDetail || '0',
        fmt(s.peakRss / MB),
        fmt(s.cpuUsPerRequest),
        fmt(s.dbUsPerRequest),
        server === 'api' ? `${pct(median(ratios.rps))} [${ratios.rps.map(pct).join(' ')}]` : '',
      ]);
    }
    if (run.bcrypt.length) {
      const perSecond = median(run.bcrypt.map((b) => b.perSecond));
      rows.push([run.scenario.name, 'bare bcrypt', fmt(perSecond, 1), '', '', '', '', '', '', '']);
    }
  }
  return rows;
}

const resultHeaders = (info: RunInfo) => [
  'scenario',
  'server',
  'req/s',
  'p50 ms',
  'p99 ms',
  'non-2xx/errors',
  'peak RSS MB',
  'server CPU µs/req',
  'DB CPU µs/req',
  `API/${info.against} req/s (median [rounds])`,
];

export function textTable(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (c ?? '').padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function markdownTable(headers: string[], rows: string[][]): string {
  const escape = (c: string) => c.replace(/\|/g, '\\|');
  return [
    `| ${headers.join(' | ')} |`,
    `|${headers.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(escape).join(' | ')} |`),
  ].join('\n');
}

const mark = (met: boolean | undefined) => (met === undefined ? 'not measured' : met ? 'met' : 'MISSED');

function parityRows(info: RunInfo): string[][] {
  return info.parity.map((p) => [p.kind, p.sql, p.json, p.headers, p.notes.join('; ')]);
}
const PARITY_HEADERS = ['request', 'same SQL', 'same JSON', 'same headers', 'notes'];

export function terminalReport(info: RunInfo, runs: ScenarioRun[]): string {
  const targets = info.against === 'baseline' ? evaluateTargets(runs) : [];
  return [
    `${info.date.toISOString()}  ${info.machine}`,
    `${info.node}, ${info.database}, commit ${info.commit}`,
    info.settings,
    '',
    textTable(resultHeaders(info), scenarioRows(runs, info.against)),
    '',
    textTable(
      ['target', 'goal', 'measured', ''],
      targets.map((t) => [t.name, t.goal, t.measured, mark(t.met)]),
    ),
    '',
    `${info.against} parity (one request of each kind to each server):`,
    textTable(PARITY_HEADERS, parityRows(info)),
  ].join('\n');
}

export function markdownReport(info: RunInfo, runs: ScenarioRun[]): string {
  const targets = evaluateTargets(runs);
  return [
    `Run on ${info.date.toISOString().replace('T', ' ').slice(0, 16)} UTC with \`${info.command}\`.`,
    '',
    `- Machine: ${info.machine}`,
    `- Software: ${info.node}; ${info.database}`,
    `- Commit: ${info.commit}`,
    `- Settings: ${info.settings}`,
    '',
    markdownTable(resultHeaders(info), scenarioRows(runs, info.against)),
    '',
    markdownTable(
      ['target', 'goal', 'measured', 'result'],
      targets.map((t) => [t.name, t.goal, t.measured, mark(t.met)]),
    ),
    '',
    'Baseline parity, checked at the start of the run (one request of each kind to each server, ' +
      "PostgreSQL's statement log compared):",
    '',
    markdownTable(PARITY_HEADERS, parityRows(info)),
  ].join('\n');
}
