import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems.decorator';
import { RateLimit } from '../throttling/rate-limit.decorator';
import { AccountService } from './account.service';
import { ApiNoPasswordProblem } from './external/external-problems';
import type { AuthUser } from './auth-user';
import { CurrentUser } from './decorators/current-user.decorator';
import { ChangePasswordDto, DeleteAccountDto, UpdateMeDto } from './dto/account.dto';
import { UserResponse } from './dto/auth-responses.dto';

@ApiTags('auth')
@ApiBearerAuth()
@Controller('auth')
export class AccountController {
  constructor(private readonly account: AccountService) {}

  @Get('me')
  @ApiOperation({ summary: 'Your account', description: 'The signed-in user.' })
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems(401, 429, 503)
  me(@CurrentUser() user: AuthUser) {
    return this.account.me(user.id);
  }

  @Patch('me')
  @ApiOperation({
    summary: 'Rename yourself',
    description: 'Only `name` changes here: null clears it, and leaving it out keeps it.',
  })
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems(400, 401, 413, 422, 429, 503)
  update(@CurrentUser() user: AuthUser, @Body() dto: UpdateMeDto) {
    return this.account.rename(user.id, dto.name);
  }

  @Delete('me')
  @ApiOperation({
    summary: 'Delete your account',
    description:
      'Asks for the password again. The account, its sessions and all its tasks are deleted. An account of the ' +
      'external sign-in service has no password: its token is enough, and the body may be left out. Its next ' +
      'request with a token of that service starts a new, empty account.',
  })
  @HttpCode(204)
  @RateLimit('password')
  @ApiNoContentResponse({ description: 'The account, its sessions and all its tasks are deleted.' })
  @ApiProblems(400, 401, 413, 422, 429, 503)
  remove(@CurrentUser() user: AuthUser, @Body() dto: DeleteAccountDto) {
    return this.account.deleteAccount(user.id, user.sessionId, dto.password);
  }

  @Post('change-password')
  @ApiOperation({
    summary: 'Change your password',
    description:
      'Asks for the current password. Every other session of the account ends; this one goes on. An account of ' +
      'the external sign-in service has no password here: 409.',
  })
  @HttpCode(204)
  @RateLimit('password')
  @ApiNoContentResponse({ description: 'Changed; every other session of the user has ended, this one goes on.' })
  @ApiProblems(400, 401, 413, 422, 429, 503)
  @ApiNoPasswordProblem()
  changePassword(@CurrentUser() user: AuthUser, @Body() dto: ChangePasswordDto) {
    return this.account.changePassword(user.id, user.sessionId, dto);
  }
}
