import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { User } from './user.entity';
import { UsersRepository } from './users.repository';

export interface UserView {
  id: string;
  email: string | null;
  name: string | null;
  createdAt: string;
}

export function toUserView(user: User): UserView {
  return { id: user.id, email: user.email, name: user.name, createdAt: user.createdAt.toISOString() };
}

@Injectable()
export class UsersService {
  constructor(private readonly users: UsersRepository) {}

  async create(email: string, passwordHash: string, name: string | null): Promise<User> {
    const user = await this.users.insert(email, passwordHash, name);
    if (!user) throw new ConflictException('This email is already registered.');
    return user;
  }

  /** `email` must already be normalised (trimmed, lower-cased), as the DTOs do. */
  findByEmail(email: string): Promise<User | null> {
    return this.users.findByEmail(email);
  }

  async get(id: string): Promise<User> {
    const user = await this.users.findById(id);
    if (!user) throw new NotFoundException();
    return user;
  }

  async rename(id: string, name: string | null): Promise<User> {
    const user = await this.users.rename(id, name);
    if (!user) throw new NotFoundException();
    return user;
  }

  async setPasswordHash(id: string, passwordHash: string, manager?: EntityManager): Promise<void> {
    await this.users.setPasswordHash(id, passwordHash, manager);
  }

  async remove(id: string): Promise<void> {
    await this.users.delete(id);
  }
}
