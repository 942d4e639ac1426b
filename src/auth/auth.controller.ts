import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems.decorator';
import { Public } from '../common/public.decorator';
import { UserAgent } from '../common/user-agent.decorator';
import type { AuthUser } from './auth-user';
import { AuthService } from './auth.service';
import { CurrentUser } from './decorators/current-user.decorator';
import { TokenResponse, UserResponse } from './dto/auth-responses.dto';
import { LoginDto } from './dto/login.dto';
import { RegisterDto } from './dto/register.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('register')
  @ApiCreatedResponse({ type: TokenResponse, description: 'Account created and signed in.' })
  @ApiProblems(400, 409, 413, 422, 429, 503)
  register(@Body() dto: RegisterDto, @UserAgent() userAgent?: string) {
    return this.auth.register(dto, userAgent);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenResponse })
  @ApiProblems(400, 401, 413, 422, 429, 503)
  login(@Body() dto: LoginDto, @UserAgent() userAgent?: string) {
    return this.auth.login(dto, userAgent);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems(401, 503)
  me(@CurrentUser() user: AuthUser) {
    return this.auth.me(user.id);
  }
}
