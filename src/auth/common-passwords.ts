import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * The most used passwords from leaked credential sets, ranked (about 49,000 of them, of which some
 * 18,000 are long enough to pass the length rule), as shipped by the zxcvbn-ts project. Compared
 * lower-cased, so that "Password1" is as refused as "password1".
 */
const COMMON = new Set(dictionary['passwords-common'].map((password) => password.toLowerCase()));

export const COMMON_PASSWORD_COUNT = COMMON.size;

export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.toLowerCase());
}
