import type { User } from './schema.js';

/** Accounts are the one table not scoped to an owner: each row is an owner. */
export type UsersRepo = {
  insert(user: User & { passwordHash: string | null }): Promise<void>;
  get(id: string): Promise<User | undefined>;
  getByEmail(email: string): Promise<User | undefined>;
  list(): Promise<User[]>;
  count(): Promise<number>;
  remove(id: string): Promise<boolean>;
  getPasswordHash(id: string): Promise<string | null | undefined>;
  setPasswordHash(id: string, hash: string): Promise<void>;
  getSettings(id: string): Promise<string | undefined>;
  setSettings(id: string, settings: string): Promise<void>;
};
