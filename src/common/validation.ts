import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError, ValidationProblem } from './problem';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      message: rule === 'whitelistValidation' ? `${field} is not a known field` : message,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** The path of the first string holding U+0000, which PostgreSQL text and bcrypt cannot take. */
function nulCharacterAt(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (!value || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = nulCharacterAt(item, path ? `${path}.${key}` : key);
    if (found) return found;
  }
  return undefined;
}

/**
 * Unknown fields are refused, not dropped, so a client can never set id, ownerId or timestamps.
 * A body that is JSON but not an object (an array, a string) is refused as a whole, and so is any
 * text with a NUL character: PostgreSQL would fail on it (a 500) and bcrypt would stop reading there.
 * A query parameter given twice is refused by its name.
 */
class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && value !== undefined && value !== null) {
      if (typeof value !== 'object' || Array.isArray(value)) {
        throw ValidationProblem.field('body', 'the body must be a JSON object');
      }
    }
    // The query parser makes an array of a repeated parameter; no parameter takes a list, and the
    // rules of a single value would misname the fault ("limit must not be greater than 100").
    if (metadata.type === 'query' && value && typeof value === 'object') {
      const repeated = Object.entries(value).find(([, item]) => Array.isArray(item));
      if (repeated) throw ValidationProblem.field(repeated[0], `${repeated[0]} must be given once`);
    }
    if (metadata.type === 'body' || metadata.type === 'query') {
      const field = nulCharacterAt(value, '');
      if (field) throw ValidationProblem.field(field, `${field} must not contain the NUL character`);
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    stopAtFirstError: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationProblem(flatten(errors)),
  });
}
