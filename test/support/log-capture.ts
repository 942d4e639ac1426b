/** A pino destination that keeps every JSON line, for tests that read the logs. */
export class LogCapture {
  readonly lines: Record<string, unknown>[] = [];
  private raw = '';

  write(chunk: string): void {
    this.raw += chunk;
    for (const line of chunk.split('\n')) if (line.trim()) this.lines.push(JSON.parse(line));
  }

  text(): string {
    return this.raw;
  }

  find(predicate: (line: Record<string, unknown>) => boolean): Record<string, unknown> | undefined {
    return this.lines.find(predicate);
  }
}
