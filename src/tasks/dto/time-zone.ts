import { ValidateBy, type ValidationOptions } from 'class-validator';

// Region/City style names only: the database reads a bare offset like "+01:00" with the POSIX sign,
// the opposite of ISO 8601, so offsets are refused rather than silently inverted.
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,2}$/;

/** What the document states a time zone parameter must look like. */
export const TIME_ZONE_PATTERN = ZONE_NAME.source;

/** The zone's canonical IANA name, or undefined when it is not one. */
export function canonicalTimeZone(value: unknown): string | undefined {
  if (typeof value !== 'string' || !ZONE_NAME.test(value)) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

export function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTimeZone',
      validator: {
        validate: (value) => canonicalTimeZone(value) !== undefined,
        defaultMessage: (args) =>
          `${args?.property ?? 'value'} must be an IANA time zone name, like Europe/Paris or UTC`,
      },
    },
    options,
  );
}
