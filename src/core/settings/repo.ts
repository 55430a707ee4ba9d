import type { Settings } from './schema.js';

/** The owner's settings (tier cadences, daily list size, time zone). */
export type SettingsRepo = {
  get(): Promise<Settings>;
  set(settings: Settings): Promise<void>;
};
