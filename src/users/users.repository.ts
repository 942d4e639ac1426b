import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, QueryFailedError, Repository } from 'typeorm';
import { User } from './user.entity';

const UNIQUE_VIOLATION = '23505';

/** Who a user is at the external issuer, and what its token said about them. */
export interface ExternalUserIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  name: string | null;
}

/** Every query on users; each names the one user it reads or writes. */
@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  /** The new user, or null when the email is taken (the unique index decides, so two at once cannot both win). */
  async insert(email: string, passwordHash: string, name: string | null): Promise<User | null> {
    try {
      // insert() fills in the generated id and timestamps from its RETURNING, without save()'s transaction.
      const user = this.users.create({ email, passwordHash, name });
      await this.users.insert(user);
      return user;
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
        return null;
      }
      throw error;
    }
  }

  /**
   * The sign-in lookup. It compares `lower(email)`, the expression of the unique index
   * `users_email_key`, so it is one index probe; comparing the bare column would scan the table.
   */
  findByEmail(email: string): Promise<User | null> {
    return this.users.createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email }).getOne();
  }

  findById(id: string): Promise<User | null> {
    return this.users.findOneBy({ id });
  }

  /** The renamed user, or null when there is none by that id. */
  async rename(id: string, name: string | null): Promise<User | null> {
    await this.users.update({ id }, { name });
    return this.findById(id);
  }

  async setPasswordHash(id: string, passwordHash: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.users.manager).update(User, { id }, { passwordHash });
  }

  /** A user of the external issuer: one probe of the unique index on (external_issuer, external_subject). */
  async findExternalId(issuer: string, subject: string): Promise<string | null> {
    const row = await this.users.findOne({
      select: { id: true },
      where: { externalIssuer: issuer, externalSubject: subject },
    });
    return row?.id ?? null;
  }

  /**
   * A new user of the external issuer, without a password, with `email` (or none); null when a
   * unique index refused the row: the same identity inserted meanwhile, or the email already taken.
   */
  async insertExternal(identity: ExternalUserIdentity, email: string | null): Promise<string | null> {
    const result = await this.users
      .createQueryBuilder()
      .insert()
      .values({
        email,
        name: identity.name,
        passwordHash: null,
        externalIssuer: identity.issuer,
        externalSubject: identity.subject,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as { id: string }[])[0]?.id ?? null;
  }

  /** Sessions and tasks go with the user (ON DELETE CASCADE). */
  async delete(id: string): Promise<void> {
    await this.users.delete({ id });
  }
}
