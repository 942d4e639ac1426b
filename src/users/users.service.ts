import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, QueryFailedError, Repository } from 'typeorm';
import { User } from './user.entity';

const UNIQUE_VIOLATION = '23505';

export interface UserView {
  id: string;
  email: string;
  name: string | null;
  createdAt: string;
}

export function toUserView(user: User): UserView {
  return { id: user.id, email: user.email, name: user.name, createdAt: user.createdAt.toISOString() };
}

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  async create(email: string, passwordHash: string, name: string | null): Promise<User> {
    try {
      return await this.users.save(this.users.create({ email, passwordHash, name }));
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new ConflictException('This email is already registered.');
      }
      throw error;
    }
  }

  /** `email` must already be normalised (trimmed, lower-cased), as the DTOs do. */
  findByEmail(email: string): Promise<User | null> {
    return this.users.findOneBy({ email });
  }

  async get(id: string): Promise<User> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new NotFoundException();
    return user;
  }

  async rename(id: string, name: string | null): Promise<User> {
    await this.users.update({ id }, { name });
    return this.get(id);
  }

  async setPasswordHash(id: string, passwordHash: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.users.manager).update(User, { id }, { passwordHash });
  }

  /** Sessions and tasks go with the user (ON DELETE CASCADE). */
  async remove(id: string): Promise<void> {
    await this.users.delete({ id });
  }
}
