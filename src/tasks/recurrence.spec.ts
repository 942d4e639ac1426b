import { addMonthsClamped, anchorDayOf, nextOccurrence } from './recurrence';
import type { Frequency, StoredRecurrence } from './task.entity';

const at = (iso: string) => new Date(iso);
const rule = (frequency: Frequency, interval: number, anchorDay: number): StoredRecurrence => ({
  frequency,
  interval,
  anchorDay,
});
const LONG_AGO = at('2000-01-01T00:00:00.000Z');

/** Completes the series `times` times before any of its occurrences is due, returning each new dueAt. */
function series(start: string, r: StoredRecurrence, times: number): string[] {
  const out: string[] = [];
  let due = at(start);
  for (let i = 0; i < times; i++) {
    due = nextOccurrence(due, r, LONG_AGO);
    out.push(due.toISOString());
  }
  return out;
}

describe('recurrence', () => {
  it('takes the anchor day from the UTC calendar date', () => {
    expect(anchorDayOf(at('2031-01-31T23:30:00.000Z'))).toBe(31);
    expect(anchorDayOf(at('2031-02-01T00:30:00.000+01:00'))).toBe(31);
  });

  it('steps daily and weekly by whole UTC days and keeps the time of day', () => {
    expect(series('2031-03-30T08:15:00.000Z', rule('daily', 1, 30), 3)).toEqual([
      '2031-03-31T08:15:00.000Z',
      '2031-04-01T08:15:00.000Z',
      '2031-04-02T08:15:00.000Z',
    ]);
    expect(series('2031-12-25T10:00:00.000Z', rule('weekly', 2, 25), 2)).toEqual([
      '2032-01-08T10:00:00.000Z',
      '2032-01-22T10:00:00.000Z',
    ]);
    expect(series('2031-01-01T00:00:00.000Z', rule('daily', 365, 1), 1)).toEqual(['2032-01-01T00:00:00.000Z']);
  });

  it('clamps Jan 31 monthly to Feb 28, then returns to Mar 31 and Apr 30', () => {
    expect(series('2031-01-31T09:00:00.000Z', rule('monthly', 1, 31), 4)).toEqual([
      '2031-02-28T09:00:00.000Z',
      '2031-03-31T09:00:00.000Z',
      '2031-04-30T09:00:00.000Z',
      '2031-05-31T09:00:00.000Z',
    ]);
  });

  it('clamps Jan 31 monthly to Feb 29 in a leap year', () => {
    expect(series('2032-01-31T09:00:00.000Z', rule('monthly', 1, 31), 2)).toEqual([
      '2032-02-29T09:00:00.000Z',
      '2032-03-31T09:00:00.000Z',
    ]);
  });

  it('keeps the anchor across intervals and year ends', () => {
    expect(series('2031-11-30T12:00:00.000Z', rule('monthly', 3, 30), 2)).toEqual([
      '2032-02-29T12:00:00.000Z',
      '2032-05-30T12:00:00.000Z',
    ]);
    expect(series('2031-12-31T12:00:00.000Z', rule('monthly', 2, 31), 1)).toEqual(['2032-02-29T12:00:00.000Z']);
  });

  it('moves Feb 29 yearly to Feb 28 in common years and back to Feb 29 in leap years', () => {
    expect(series('2032-02-29T07:00:00.000Z', rule('yearly', 1, 29), 4)).toEqual([
      '2033-02-28T07:00:00.000Z',
      '2034-02-28T07:00:00.000Z',
      '2035-02-28T07:00:00.000Z',
      '2036-02-29T07:00:00.000Z',
    ]);
    expect(series('2032-02-29T07:00:00.000Z', rule('yearly', 4, 29), 1)).toEqual(['2036-02-29T07:00:00.000Z']);
    // 2100 is not a leap year (divisible by 100, not by 400); 2400 is.
    expect(series('2096-02-29T00:00:00.000Z', rule('yearly', 4, 29), 1)).toEqual(['2100-02-28T00:00:00.000Z']);
    expect(series('2396-02-29T00:00:00.000Z', rule('yearly', 4, 29), 1)).toEqual(['2400-02-29T00:00:00.000Z']);
  });

  it('skips the occurrences missed before the task was completed', () => {
    const now = at('2031-06-15T12:00:00.000Z');
    expect(nextOccurrence(at('2031-06-01T09:00:00.000Z'), rule('daily', 1, 1), now).toISOString()).toBe(
      '2031-06-16T09:00:00.000Z',
    );
    expect(nextOccurrence(at('2031-06-15T11:59:59.999Z'), rule('daily', 1, 15), now).toISOString()).toBe(
      '2031-06-16T11:59:59.999Z',
    );
    expect(nextOccurrence(at('2031-06-15T12:00:00.000Z'), rule('weekly', 1, 15), now).toISOString()).toBe(
      '2031-06-22T12:00:00.000Z',
    );
    expect(nextOccurrence(at('2030-01-31T09:00:00.000Z'), rule('monthly', 1, 31), now).toISOString()).toBe(
      '2031-06-30T09:00:00.000Z',
    );
    expect(nextOccurrence(at('2031-01-31T13:00:00.000Z'), rule('monthly', 1, 31), now).toISOString()).toBe(
      '2031-06-30T13:00:00.000Z',
    );
    expect(nextOccurrence(at('2020-02-29T00:00:00.000Z'), rule('yearly', 1, 29), now).toISOString()).toBe(
      '2032-02-29T00:00:00.000Z',
    );
  });

  it('moves a task due in the future by exactly one step', () => {
    const now = at('2031-01-01T00:00:00.000Z');
    expect(nextOccurrence(at('2031-05-31T00:00:00.000Z'), rule('monthly', 1, 31), now).toISOString()).toBe(
      '2031-06-30T00:00:00.000Z',
    );
  });

  it('counts months across negative month differences and far-off dates', () => {
    expect(addMonthsClamped(at('2031-03-31T00:00:00.000Z'), -1, 31).toISOString()).toBe('2031-02-28T00:00:00.000Z');
    expect(addMonthsClamped(at('1999-12-31T00:00:00.000Z'), 2, 31).toISOString()).toBe('2000-02-29T00:00:00.000Z');
  });
});
