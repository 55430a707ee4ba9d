import type { Settings } from './schema.js';

/** The owner's settings, read as a complete value (missing fields take their defaults). */
export type SettingsRepo = {
  get(): Promise<Settings>;
};
