import { registerDecorator, ValidationOptions } from 'class-validator';
import { isCommonPassword } from '../common-passwords';

export const PASSWORD_MIN_BYTES = 8;
/** bcrypt reads only the first 72 bytes; a longer password is refused rather than silently cut. */
export const PASSWORD_MAX_BYTES = 72;

/** A new password: 8 to 72 bytes in UTF-8 and not one of the most common passwords. */
export function IsPassword(options?: ValidationOptions) {
  return (target: object, propertyName: string) => {
    registerDecorator({
      name: 'isPassword',
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string') return false;
          const bytes = Buffer.byteLength(value, 'utf8');
          return bytes >= PASSWORD_MIN_BYTES && bytes <= PASSWORD_MAX_BYTES;
        },
        defaultMessage: (args) =>
          `${args?.property ?? 'password'} must be ${PASSWORD_MIN_BYTES} to ${PASSWORD_MAX_BYTES} bytes long in UTF-8`,
      },
    });
    registerDecorator({
      name: 'isNotCommonPassword',
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !isCommonPassword(value),
        defaultMessage: (args) =>
          `${args?.property ?? 'password'} is one of the most common passwords; choose one that is harder to guess`,
      },
    });
  };
}
