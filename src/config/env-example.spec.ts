import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_VARIABLES } from './app-config';

const ROOT = join(__dirname, '..', '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** Variables used by docker-compose.yml itself, never read by the API. */
const COMPOSE_ONLY = ['POSTGRES_PASSWORD'];

describe('.env.example', () => {
  // Set (`NAME=value`) or shown with its default (`# NAME=value`).
  const listed = [...read('.env.example').matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]);

  it('lists every variable the configuration reads, and no other', () => {
    expect([...listed].sort()).toEqual([...CONFIG_VARIABLES, ...COMPOSE_ONLY].sort());
  });

  it('lists each once', () => {
    expect(listed.filter((name, index) => listed.indexOf(name) !== index)).toEqual([]);
  });
});

describe('docker-compose.yml', () => {
  it('gives the API instances only variables the configuration reads', () => {
    const compose = read('docker-compose.yml');
    const api = compose.slice(compose.indexOf('  api-1:'), compose.indexOf('  api-2:'));
    const environment = api.slice(api.indexOf('    environment:'), api.indexOf('    depends_on:'));
    const names = [...environment.matchAll(/^ {6}([A-Z][A-Z0-9_]*):/gm)].map((match) => match[1]);
    expect(names.length).toBeGreaterThan(3);
    expect(names.filter((name) => !(CONFIG_VARIABLES as readonly string[]).includes(name))).toEqual([]);
  });
});
