import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { toUserView, UsersService, type UserView } from '../users/users.service';
import type { User } from '../users/user.entity';
import type { LoginDto } from './dto/login.dto';
import type { RegisterDto } from './dto/register.dto';
import { NotRevocableProblem } from './external/external-problems';
import { LoginAttempts } from './login-attempts.service';
import { PasswordHasher } from './password-hasher.service';
import { emailDigest, logSecurityEvent } from './security-events';
import { SessionsService } from './sessions.service';
import { TokenService } from './token.service';

export interface TokenPair {
  user: UserView;
  accessToken: string;
  refreshToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
}

export const INVALID_CREDENTIALS = 'Invalid email or password.';
export const INVALID_REFRESH_TOKEN = 'The refresh token is not valid; sign in again.';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly tokens: TokenService,
    private readonly hasher: PasswordHasher,
    private readonly attempts: LoginAttempts,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async register(dto: RegisterDto, userAgent?: string): Promise<TokenPair> {
    const hash = await this.hasher.hash(dto.password);
    const user = await this.users.create(dto.email, hash, dto.name ?? null);
    return this.startSession(user, userAgent);
  }

  /** Unknown email and wrong password take the same path, time and answer. */
  async login(dto: LoginDto, client: string, userAgent?: string): Promise<TokenPair> {
    const user = await this.users.findByEmail(dto.email);
    const ok = await this.hasher.verify(dto.password, user?.passwordHash);
    if (!user || !ok) {
      logSecurityEvent({
        event: 'login_failed',
        userId: user?.id ?? null,
        emailDigest: emailDigest(dto.email),
        client,
      });
      throw new UnauthorizedException(INVALID_CREDENTIALS);
    }
    await this.attempts.succeeded(dto.email, client);
    return this.startSession(user, userAgent);
  }

  async refresh(refreshToken: string): Promise<TokenPair> {
    const rotation = await this.sessions.rotate(refreshToken);
    if (!rotation) throw new UnauthorizedException(INVALID_REFRESH_TOKEN);
    const user = await this.users.get(rotation.userId);
    return this.pair(user, rotation.sessionId, rotation.refreshToken);
  }

  async logout(userId: string, sessionId: string | null): Promise<void> {
    if (sessionId === null) throw new NotRevocableProblem();
    await this.sessions.revoke(userId, sessionId, sessionId);
  }

  private async startSession(user: User, userAgent?: string): Promise<TokenPair> {
    const { session, refreshToken } = await this.sessions.start(user.id, userAgent);
    return this.pair(user, session.id, refreshToken);
  }

  private pair(user: User, sessionId: string, refreshToken: string): TokenPair {
    return {
      user: toUserView(user),
      accessToken: this.tokens.signAccessToken(user.id, sessionId),
      refreshToken,
      tokenType: 'Bearer',
      expiresIn: this.config.jwt.accessTtlSeconds,
    };
  }
}
