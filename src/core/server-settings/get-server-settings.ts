import type { ServerSettingsDeps } from './repo.js';
import type { ServerSettings } from './schema.js';

export async function getServerSettings(deps: Pick<ServerSettingsDeps, 'repos'>): Promise<ServerSettings> {
  return deps.repos.serverSettings.get();
}
