import { Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ValidationProblem } from '../common/problem';
import { toUserView, UsersService, type UserView } from '../users/users.service';
import type { ChangePasswordDto } from './dto/account.dto';
import { NoPasswordProblem } from './external/external-problems';
import { PasswordHasher } from './password-hasher.service';
import { logSecurityEvent } from './security-events';
import { SessionsService } from './sessions.service';
import { PersonalAccessTokensService } from './tokens/personal-access-tokens.service';

export const WRONG_PASSWORD = 'The password is wrong.';

/** The signed-in user's own account: profile, password, deletion. */
@Injectable()
export class AccountService {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly tokens: PersonalAccessTokensService,
    private readonly hasher: PasswordHasher,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async me(userId: string): Promise<UserView> {
    return toUserView(await this.users.get(userId));
  }

  async rename(userId: string, name: string | null | undefined): Promise<UserView> {
    if (name === undefined) return this.me(userId);
    return toUserView(await this.users.rename(userId, name));
  }

  /**
   * Every other session ends with the old password, and every personal access token with it; the
   * session making the change keeps working.
   */
  async changePassword(userId: string, sessionId: string | null, dto: ChangePasswordDto): Promise<void> {
    const user = await this.users.get(userId);
    // A session always belongs to a password account; only a token of the external issuer comes without one.
    if (user.passwordHash === null || sessionId === null) throw new NoPasswordProblem();
    await this.checkPassword(userId, sessionId, user.passwordHash, dto.currentPassword, 'change_password');
    if (dto.newPassword === dto.currentPassword) {
      throw ValidationProblem.field('newPassword', 'newPassword must differ from currentPassword');
    }
    const hash = await this.hasher.hash(dto.newPassword);
    const [endedSessions, deletedTokens] = await this.dataSource.transaction(async (manager) => {
      await this.users.setPasswordHash(userId, hash, manager);
      return [
        await this.sessions.revokeAllBut(userId, sessionId, manager),
        await this.tokens.revokeAll(userId, manager),
      ];
    });
    logSecurityEvent({ event: 'password_changed', userId, sessionId, endedSessions });
    if (deletedTokens) {
      logSecurityEvent({ event: 'tokens_revoked', userId, reason: 'password_changed', count: deletedTokens });
    }
  }

  /**
   * A password account confirms with its password. An account of the external issuer has none to
   * ask for: its token, checked by the guard, is the only proof there is.
   */
  async deleteAccount(userId: string, sessionId: string | null, password: string | undefined): Promise<void> {
    const user = await this.users.get(userId);
    if (user.passwordHash !== null) {
      if (typeof password !== 'string') throw ValidationProblem.field('password', 'password is required');
      await this.checkPassword(userId, sessionId, user.passwordHash, password, 'delete_account');
    }
    await this.users.remove(userId);
    logSecurityEvent({ event: 'account_deleted', userId, sessionId });
  }

  // The contract answers wrong credentials with 401; the token was accepted, so the session still stands.
  private async checkPassword(
    userId: string,
    sessionId: string | null,
    hash: string,
    password: string,
    action: 'change_password' | 'delete_account',
  ): Promise<void> {
    if (!(await this.hasher.verify(password, hash))) {
      logSecurityEvent({ event: 'password_check_failed', userId, sessionId, action });
      throw new UnauthorizedException(WRONG_PASSWORD);
    }
  }
}
