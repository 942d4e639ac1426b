import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

export interface ServerSpec {
  name: string;
  /** Node arguments: the script and any flags (a --cpu-prof, say). */
  args: string[];
  env: Record<string, string>;
  port: number;
  logFile: string;
  /** Answers 200 once the server takes requests. */
  readyPath: string;
}

export interface ProcessSample {
  /** Peak resident memory since the last reset, in bytes. */
  peakRss: number;
  /** User + system CPU time so far, in milliseconds. */
  cpuMs: number;
}

const CLOCK_TICKS = 100;

/** One server under test, in its own process, with its output in a log file. */
export class ServerProcess {
  private child: ChildProcess | undefined;
  private exited: Promise<number | null> | undefined;
  private sampler: NodeJS.Timeout | undefined;
  private sampledPeak = 0;
  /** How long the server took from spawn to its first successful readiness answer. */
  readyAfterMs = 0;

  constructor(readonly spec: ServerSpec) {}

  get pid(): number {
    if (!this.child?.pid) throw new Error(`${this.spec.name} is not running`);
    return this.child.pid;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.spec.port}`;
  }

  async start(timeoutMs = 60_000): Promise<void> {
    const log = openSync(this.spec.logFile, 'a');
    const child = spawn(process.execPath, this.spec.args, {
      env: { PATH: process.env.PATH ?? '', ...this.spec.env },
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    const spawned = Date.now();
    const deadline = spawned + timeoutMs;
    let early: number | null | undefined;
    void this.exited.then((code) => (early = code));
    while (Date.now() < deadline) {
      if (early !== undefined) break;
      try {
        const res = await fetch(this.baseUrl + this.spec.readyPath);
        if (res.ok) {
          this.readyAfterMs = Date.now() - spawned;
          return;
        }
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const tail = readFileSync(this.spec.logFile, 'utf8').split('\n').slice(-30).join('\n');
    await this.stop();
    throw new Error(`${this.spec.name} did not become ready (see ${this.spec.logFile}):\n${tail}`);
  }

  /** Starts measuring a round: the kernel's peak-RSS mark is reset where it can be, sampled otherwise. */
  beginRound(): ProcessSample {
    try {
      writeFileSync(`/proc/${this.pid}/clear_refs`, '5');
    } catch {
      // Without clear_refs the peak is the highest RSS sampled during the round.
    }
    this.sampledPeak = 0;
    clearInterval(this.sampler);
    this.sampler = setInterval(() => {
      this.sampledPeak = Math.max(this.sampledPeak, readStatus(this.pid).rss);
    }, 100);
    return this.sample();
  }

  endRound(): ProcessSample {
    clearInterval(this.sampler);
    this.sampler = undefined;
    const sample = this.sample();
    return { ...sample, peakRss: Math.max(sample.peakRss, this.sampledPeak) };
  }

  sample(): ProcessSample {
    const status = readStatus(this.pid);
    const fields = statFields(this.pid);
    // utime and stime, the 14th and 15th fields of the whole line.
    const ticks = Number(fields[11]) + Number(fields[12]);
    return { peakRss: status.hwm, cpuMs: (ticks * 1000) / CLOCK_TICKS };
  }

  /** SIGTERM, as a deploy would send, then SIGKILL if the server does not go within the grace time. */
  async stop(graceMs = 15_000, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    clearInterval(this.sampler);
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return child?.exitCode ?? null;
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    const code = await this.exited;
    clearTimeout(timer);
    return code ?? null;
  }
}

function readStatus(pid: number): { rss: number; hwm: number } {
  const text = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

function statFields(pid: number): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The fields after the command name, which may itself hold spaces and parentheses.
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** CPU milliseconds (user + system) of a process and its direct children, by pid. */
export function treeCpuMs(rootPid: number): Map<number, number> {
  const cpu = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!pid) continue;
    try {
      const fields = statFields(pid);
      if (pid === rootPid || Number(fields[1]) === rootPid) {
        cpu.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS);
      }
    } catch {
      // the process ended while we looked
    }
  }
  return cpu;
}

/** CPU used between two readings of treeCpuMs; processes started in between count in full. */
export function cpuSince(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}
