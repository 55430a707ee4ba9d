import type { Dismissal, Introduction } from './schema.js';

export type IntroductionsRepo = {
  insert(introduction: Introduction): Promise<void>;
  get(id: string): Promise<Introduction | undefined>;
  save(introduction: Introduction): Promise<void>;
  /** Every introduction, newest first. */
  list(): Promise<Introduction[]>;
  /** Records (or replaces) a dismissed pair; personAId is the smaller id. */
  dismiss(dismissal: Dismissal): Promise<void>;
  dismissals(): Promise<Dismissal[]>;
};
