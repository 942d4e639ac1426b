import { Transform } from 'class-transformer';
import { isISO8601, Matches, ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * Query strings carry text only. Each conversion is explicit and exact, so that "false", "1" or
 * "yes" can never turn into true, and "0x10" or "1e1" into a number.
 */
export const ToBoolean = () => Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));

export const ToInteger = () =>
  Transform(({ value }) => (typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : value));

// A time without a zone would be read in the server's zone, so one is required when a time is given.
const INSTANT = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** The longest text INSTANT matches: 2026-11-28T21:00:00.123456789+01:00. */
export const MAX_INSTANT_LENGTH = 35;

/** How the API documents an instant it accepts (see isInstant). */
export const INSTANT_SCHEMA = {
  type: String,
  format: 'date-time',
  maxLength: MAX_INSTANT_LENGTH,
  pattern: INSTANT.source,
} as const;

/** ISO 8601: a date (midnight UTC) or a date-time with `Z` or an offset; real calendar dates only. */
export function isInstant(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    INSTANT.test(value) &&
    isISO8601(value, { strict: true, strictSeparator: true }) &&
    !Number.isNaN(Date.parse(value))
  );
}

export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isInstant',
      validator: {
        validate: (value) => isInstant(value),
        defaultMessage: (args) =>
          `${args?.property ?? 'value'} must be an ISO 8601 date or date-time with a zone, like 2026-11-28T21:00:00.000Z`,
      },
    },
    options,
  );
}

// The OpenAPI document states as `pattern` the rule the validation pipe applies to all text (no U+0000).
export const NO_NUL_PATTERN = '^[^\\u0000]*$';
export const NO_CONTROL_PATTERN = '^[^\\u0000-\\u001f\\u007f]*$';

/** Labels are one line of visible text. */
export const NoControlCharacters = (options?: ValidationOptions) =>
  Matches(new RegExp(NO_CONTROL_PATTERN), { message: '$property must not contain control characters', ...options });
