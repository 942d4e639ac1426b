import { ValidationProblem } from './problem';

/**
 * Opaque keyset cursor: the sort key values of the last row of a page. Clients must not
 * interpret it; anything that does not decode to the expected shape is a 422, never a 500.
 */
export function encodeCursor(values: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, check: (values: unknown[]) => boolean): unknown[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    values = undefined;
  }
  if (!Array.isArray(values) || !check(values)) {
    throw ValidationProblem.field('cursor', 'cursor is not valid for this list; start again without it');
  }
  return values;
}
