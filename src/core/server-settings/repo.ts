import type { ServerSettings } from './schema.js';

/** The server's settings: not scoped to an owner, like the accounts table (ADR 0011). */
export type ServerSettingsRepo = {
  /** Every setting, the default where none was stored. */
  get(): Promise<ServerSettings>;
  /** Stores the settings named, recording who changed them (null: the command line). */
  save(settings: Partial<ServerSettings>, by: string | null, at: string): Promise<void>;
};

export type ServerSettingsDeps = {
  repos: { serverSettings: ServerSettingsRepo };
  now: () => Date;
};
