import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems.decorator';
import { Public } from '../common/public.decorator';
import { ClientAddress } from '../throttling/client-address';
import { RateLimit } from '../throttling/rate-limit.decorator';
import type { AuthUser } from './auth-user';
import { AuthService } from './auth.service';
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
  @ApiCreatedResponse({ type: TokenResponse, description: 'Account created and signed in.' })
  @ApiProblems(400, 409, 413, 422, 429, 503)
  register(@Body() dto: RegisterDto, @UserAgent() userAgent?: string) {
    return this.auth.register(dto, userAgent);
  }

  @Public()
  @RateLimit('login')
  @UseGuards(LoginAttemptsGuard)
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenResponse, description: 'Signed in: a new session.' })
  @ApiProblems(400, 401, 413, 422, 429, 503)
  login(@Body() dto: LoginDto, @ClientAddress() client: string, @UserAgent() userAgent?: string) {
    return this.auth.login(dto, client, userAgent);
  }

  @Public()
  @RateLimit('refresh')
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({
    type: TokenResponse,
    description: 'A new pair; the refresh token sent is spent. Sending a spent one again ends the session.',
  })
  @ApiProblems(400, 401, 413, 422, 429, 503)
  refresh(@Body() dto: RefreshDto) {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiNoContentResponse({ description: 'The session is over; its access and refresh tokens no longer work.' })
  @ApiProblems(401, 429, 503)
  logout(@CurrentUser() user: AuthUser) {
    return this.auth.logout(user.id, user.sessionId);
  }
}
