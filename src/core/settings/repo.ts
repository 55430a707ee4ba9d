import type { Settings } from './schema.js';

/** The owner's own settings row. */
export type SettingsRepo = {
  get(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
};
