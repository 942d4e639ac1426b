import { Body, Controller, HttpCode, Post, Res, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems } from '../common/api-problems.decorator';
import { Public } from '../common/public.decorator';
import { ClientAddress } from '../throttling/client-address';
import { RateLimit } from '../throttling/rate-limit.decorator';
import type { AuthUser } from './auth-user';
import { AuthService } from './auth.service';
import { ApiNotRevocableProblem } from './external/external-problems';
import { CurrentUser } from './decorators/current-user.decorator';
import { UserAgent } from './decorators/user-agent.decorator';
import { TokenResponse } from './dto/auth-responses.dto';
import { LoginDto } from './dto/login.dto';
import { RefreshDto } from './dto/refresh.dto';
import { RegisterDto } from './dto/register.dto';
import { LoginAttemptsGuard } from './login-attempts.guard';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @RateLimit('register')
  @Post('register')
  @ApiOperation({
    summary: 'Create an account and sign in',
    description:
      'Starts a session, as signing in does. The email is trimmed and lower-cased; the password takes 8 to 72 ' +
      'bytes and must not be a common one. An email already registered is a 409.',
  })
  @ApiCreatedResponse({
    type: TokenResponse,
    description: 'Account created and signed in; `Location` names the account.',
    headers: {
      Location: {
        description: 'The new account, read with the access token: `/api/auth/me`.',
        required: true,
        schema: { type: 'string', enum: ['/api/auth/me'] },
      },
    },
  })
  @ApiProblems(400, 409, 413, 422, 429, 503)
  async register(
    @Body() dto: RegisterDto,
    @Res({ passthrough: true }) reply: FastifyReply,
    @UserAgent() userAgent?: string,
  ) {
    const registered = await this.auth.register(dto, userAgent);
    reply.header('Location', '/api/auth/me');
    return registered;
  }

  @Public()
  @RateLimit('login')
  @UseGuards(LoginAttemptsGuard)
  @Post('login')
  @ApiOperation({
    summary: 'Sign in',
    description:
      'Starts a new session. A wrong password and an unknown email get the same 401. Failed sign-ins for an ' +
      'account are limited per client address and overall: past a limit the answer is 429 with `Retry-After`, ' +
      'even for the right password.',
  })
  @HttpCode(200)
  @ApiOkResponse({ type: TokenResponse, description: 'Signed in: a new session.' })
  @ApiProblems(400, 401, 413, 422, 429, 503)
  login(@Body() dto: LoginDto, @ClientAddress() client: string, @UserAgent() userAgent?: string) {
    return this.auth.login(dto, client, userAgent);
  }

  @Public()
  @RateLimit('refresh')
  @Post('refresh')
  @ApiOperation({
    summary: 'Exchange a refresh token for a new pair',
    description:
      'A refresh token works once. One presented again, after it was spent, ends its whole session (401, and ' +
      'its newest refresh token and access tokens stop working): someone else holds a copy. Except within the ' +
      'grace period (`JWT_REFRESH_REUSE_GRACE`, 30 seconds by default, 0 = off) after it was spent, and only ' +
      'while the refresh token that replaced it has not been used: then the answer is 200 with that same ' +
      'replacing refresh token and a new access token for the same session, so tabs refreshing at once and a ' +
      'retry after a lost answer all get a working pair. A token spent longer ago, or two or more refreshes ' +
      'ago, ends the session.',
  })
  @HttpCode(200)
  @ApiOkResponse({
    type: TokenResponse,
    description:
      'A new pair; the refresh token sent is spent. Within the grace period, a spent token sent again gets ' +
      'the same refresh token as the first answer.',
  })
  @ApiProblems(400, 401, 413, 422, 429, 503)
  refresh(@Body() dto: RefreshDto) {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('logout')
  @ApiOperation({
    summary: 'Sign out',
    description:
      'Ends the session of the access token sent: its access and refresh tokens stop working at once. A token of ' +
      'the external sign-in service has no session here: 409, sign out at that service.',
  })
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiNoContentResponse({ description: 'The session is over; its access and refresh tokens no longer work.' })
  @ApiProblems(401, 429, 503)
  @ApiNotRevocableProblem()
  logout(@CurrentUser() user: AuthUser) {
    return this.auth.logout(user.id, user.sessionId);
  }
}
