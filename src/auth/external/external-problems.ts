import { HttpException, HttpStatus } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, type ProblemDocument } from '../../common/problem';

export const NO_PASSWORD_TYPE = 'urn:todo-api:problem:no-password';
export const NOT_REVOCABLE_TYPE = 'urn:todo-api:problem:not-revocable';
export const NO_PERSONAL_TOKENS_TYPE = 'urn:todo-api:problem:no-personal-tokens';

function conflict(type: string, detail: string): ProblemDocument {
  return { type, title: 'Conflict', status: HttpStatus.CONFLICT, detail };
}

const NO_PASSWORD_DETAIL = 'This account signs in with your sign-in service and has no password here.';
const NOT_REVOCABLE_DETAIL =
  'This token comes from your sign-in service and has no session here: sign out there. It works here until it expires.';

const NO_PERSONAL_TOKENS_DETAIL =
  'This token comes from your sign-in service: sign in with a session of this API to create personal access tokens.';

/**
 * Creating a personal access token with a token of the external issuer. Such a token would outlive
 * the issuer's own sign-out and revocation, and nothing here (no password change) would end it.
 */
export class NoPersonalTokensProblem extends HttpException {
  constructor() {
    super(conflict(NO_PERSONAL_TOKENS_TYPE, NO_PERSONAL_TOKENS_DETAIL), HttpStatus.CONFLICT);
  }
}

/** The password routes, for an account that signs in with the external issuer and has no password. */
export class NoPasswordProblem extends HttpException {
  constructor() {
    super(conflict(NO_PASSWORD_TYPE, NO_PASSWORD_DETAIL), HttpStatus.CONFLICT);
  }
}

/** Logout with a token of the external issuer: nothing here can end it before it expires. */
export class NotRevocableProblem extends HttpException {
  constructor() {
    super(conflict(NOT_REVOCABLE_TYPE, NOT_REVOCABLE_DETAIL), HttpStatus.CONFLICT);
  }
}

function conflictResponse(description: string, example: ProblemDocument) {
  return ApiResponse({
    status: HttpStatus.CONFLICT,
    description,
    content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemSchema' }, example } },
  });
}

export const ApiNoPasswordProblem = () =>
  conflictResponse(
    `\`type\` ${NO_PASSWORD_TYPE}: the account signs in with the external sign-in service and has no password.`,
    conflict(NO_PASSWORD_TYPE, NO_PASSWORD_DETAIL),
  );

export const ApiNotRevocableProblem = () =>
  conflictResponse(
    `\`type\` ${NOT_REVOCABLE_TYPE}: the token comes from the external sign-in service; it has no session ` +
      'here and cannot be ended here (sign out at the service; the token works until it expires).',
    conflict(NOT_REVOCABLE_TYPE, NOT_REVOCABLE_DETAIL),
  );
