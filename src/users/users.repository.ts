import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, QueryFailedError, Repository } from 'typeorm';
import { User } from './user.entity';

const UNIQUE_VIOLATION = '23505';

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

  /** Sessions and tasks go with the user (ON DELETE CASCADE). */
  async delete(id: string): Promise<void> {
    await this.users.delete({ id });
  }
}
