import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const files = sourceFiles(SRC).map((path) => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') }));

describe('the data-access rule', () => {
  it('keeps node-postgres and TypeORM internals inside the database module', () => {
    const offenders = files
      .filter((file) => !file.path.startsWith('database/'))
      .filter((file) => /from 'pg'|driver\.master|from 'typeorm\/driver/.test(file.text))
      .map((file) => file.path);
    expect(offenders).toEqual([]);
  });

  it('keeps SQL and query builders out of services: queries live in repositories', () => {
    const offenders = files
      .filter((file) => file.path.endsWith('.service.ts'))
      .filter((file) =>
        /createQueryBuilder|\.query\(|\b(SELECT|INSERT INTO|DELETE FROM|UPDATE \w+ SET)\b/.test(file.text),
      )
      .map((file) => file.path);
    expect(offenders).toEqual([]);
  });
});
