import { validate } from 'class-validator';
import { COMMON_PASSWORD_COUNT, isCommonPassword } from './common-passwords';
import { IsPassword } from './dto/password.validator';

class Candidate {
  @IsPassword()
  password: string;
}

async function errorsFor(password: unknown): Promise<string[]> {
  const candidate = Object.assign(new Candidate(), { password });
  return (await validate(candidate)).flatMap((error) => Object.keys(error.constraints ?? {}));
}

describe('common passwords', () => {
  it('ships a list of at least 10,000 passwords', () => {
    expect(COMMON_PASSWORD_COUNT).toBeGreaterThanOrEqual(10_000);
  });

  it('matches regardless of case', () => {
    for (const password of ['password', 'PASSWORD', 'Password1', 'iLoVeYoU', 'qwerty123']) {
      expect(isCommonPassword(password)).toBe(true);
    }
    expect(isCommonPassword('correct horse battery staple')).toBe(false);
  });
});

describe(IsPassword.name, () => {
  it('accepts 8 to 72 UTF-8 bytes that are not common', async () => {
    expect(await errorsFor('k7#Qz!p2')).toEqual([]);
    expect(await errorsFor('ü'.repeat(36))).toEqual([]);
  });

  it('refuses by bytes, not characters', async () => {
    expect(await errorsFor('ü'.repeat(36) + 'x')).toEqual(['isPassword']);
    expect(await errorsFor('k7#Qz!p')).toEqual(['isPassword']);
    expect(await errorsFor(12345678)).toEqual(['isPassword']);
  });

  it('refuses a common password', async () => {
    expect(await errorsFor('Sunshine1')).toEqual(['isNotCommonPassword']);
  });
});
