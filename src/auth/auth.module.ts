import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerGuard } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ThrottlingModule } from '../throttling/throttling.module';
import { UsersModule } from '../users/users.module';
import { AccountController } from './account.controller';
import { AccountService } from './account.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { Credentials } from './credentials.service';
import { ExternalSignIn } from './external/external-sign-in.service';
import { ExternalTokenVerifier } from './external/external-token.verifier';
import { JwtAuthGuard } from './jwt-auth.guard';
import { JwtStrategy } from './jwt.strategy';
import { LoginAttempts } from './login-attempts.service';
import { LoginAttemptsGuard } from './login-attempts.guard';
import { PasswordHasher } from './password-hasher.service';
import { Session } from './session.entity';
import { SessionsController } from './sessions.controller';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';
import { TokenService } from './token.service';
import { PersonalAccessToken } from './tokens/personal-access-token.entity';
import { PersonalAccessTokensController } from './tokens/personal-access-tokens.controller';
import { PersonalAccessTokensRepository } from './tokens/personal-access-tokens.repository';
import { PersonalAccessTokensService } from './tokens/personal-access-tokens.service';

@Module({
  imports: [
    PassportModule,
    JwtModule.register({}),
    TypeOrmModule.forFeature([Session, PersonalAccessToken]),
    UsersModule,
    ThrottlingModule,
  ],
  controllers: [AuthController, AccountController, SessionsController, PersonalAccessTokensController],
  providers: [
    AuthService,
    AccountService,
    Credentials,
    SessionsRepository,
    SessionsService,
    TokenService,
    PersonalAccessTokensRepository,
    PersonalAccessTokensService,
    PasswordHasher,
    JwtStrategy,
    ExternalTokenVerifier,
    ExternalSignIn,
    LoginAttempts,
    LoginAttemptsGuard,
    // In this order: the per-client limit counts (and answers 429 to) requests with bad tokens too.
    { provide: APP_GUARD, useClass: ThrottlerGuard },
    { provide: APP_GUARD, useClass: JwtAuthGuard },
  ],
  exports: [Credentials],
})
export class AuthModule {}
