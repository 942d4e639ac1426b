import { decodeCursor, encodeCursor } from './cursor';
import { ValidationProblem } from './problem';

describe('cursor codec', () => {
  const anyPair = (v: unknown[]) => v.length === 2;

  it('round-trips the sort key values', () => {
    const values = ['2026-11-28T21:00:00.000Z', 'b3f1c2d4-0000-4000-8000-000000000000'];
    expect(decodeCursor(encodeCursor(values), anyPair)).toEqual(values);
  });

  it.each(['', '!!!', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('[1,2,3]').toString('base64url')])(
    'refuses %j with a 422 naming the cursor',
    (cursor) => {
      expect(() => decodeCursor(cursor, anyPair)).toThrow(ValidationProblem);
    },
  );
});
