import type { StoredRecurrence } from './task.entity';

const DAY_MS = 86_400_000;

/**
 * Recurrence arithmetic, in UTC: a task's dueAt is an instant and carries no time zone, so days,
 * months and years are counted on the UTC calendar and the UTC time of day is kept.
 */

/** The day of the month a series returns to; set whenever the client sets the dueAt or the rule. */
export function anchorDayOf(dueAt: Date): number {
  return dueAt.getUTCDate();
}

function daysInMonth(year: number, month: number): number {
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(year, month + 1, 0);
  return lastDay.getUTCDate();
}

/**
 * `date` moved by whole months, on the anchor day or, in a shorter month, on its last day:
 * Jan 31 + 1 month is Feb 28 (29 in leap years), + 2 months is Mar 31.
 */
export function addMonthsClamped(date: Date, months: number, anchorDay: number): Date {
  const monthIndex = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const result = new Date(date.getTime());
  result.setUTCFullYear(year, month, Math.min(anchorDay, daysInMonth(year, month)));
  return result;
}

/** The k-th occurrence after `start`, computed from `start` (not step by step) so clamping never accumulates. */
function occurrence(start: Date, rule: StoredRecurrence, k: number): Date {
  switch (rule.frequency) {
    case 'daily':
      return new Date(start.getTime() + k * rule.interval * DAY_MS);
    case 'weekly':
      return new Date(start.getTime() + k * rule.interval * 7 * DAY_MS);
    case 'monthly':
      return addMonthsClamped(start, k * rule.interval, rule.anchorDay);
    case 'yearly':
      return addMonthsClamped(start, k * rule.interval * 12, rule.anchorDay);
  }
}

function stepsBefore(dueAt: Date, rule: StoredRecurrence, after: Date): number {
  if (rule.frequency === 'daily' || rule.frequency === 'weekly') {
    const step = rule.interval * (rule.frequency === 'weekly' ? 7 : 1) * DAY_MS;
    return Math.floor((after.getTime() - dueAt.getTime()) / step);
  }
  const stepMonths = rule.interval * (rule.frequency === 'yearly' ? 12 : 1);
  const months = (after.getUTCFullYear() - dueAt.getUTCFullYear()) * 12 + (after.getUTCMonth() - dueAt.getUTCMonth());
  // An occurrence in a month before `after`'s month is surely not after it.
  return Math.floor((months - 1) / stepMonths);
}

/**
 * The first occurrence of the series that is later than both `dueAt` and `after` (the moment the
 * task is completed): completing a task late skips the occurrences that were missed meanwhile.
 */
export function nextOccurrence(dueAt: Date, rule: StoredRecurrence, after: Date): Date {
  let k = Math.max(1, stepsBefore(dueAt, rule, after));
  let next = occurrence(dueAt, rule, k);
  while (next.getTime() <= after.getTime()) next = occurrence(dueAt, rule, ++k);
  return next;
}
