import { parseInput } from '../shared/validate.js';
import type { ServerSettingsDeps } from './repo.js';
import { type ServerSettings, type UpdateServerSettingsInput, updateServerSettingsSchema } from './schema.js';

/**
 * Changes what the input names. Only admins reach this: the HTTP route answers 404 to
 * anyone else, and the command line runs on the machine that holds the data.
 */
export async function updateServerSettings(
  deps: ServerSettingsDeps,
  input: UpdateServerSettingsInput,
  by: string | null,
): Promise<ServerSettings> {
  const patch = parseInput(updateServerSettingsSchema, input);
  await deps.repos.serverSettings.save(patch, by, deps.now().toISOString());
  return deps.repos.serverSettings.get();
}
