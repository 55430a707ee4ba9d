import type { Deps } from '../repos.js';
import type { Settings } from './schema.js';

export async function getSettings(deps: Deps): Promise<Settings> {
  return deps.repos.settings.get();
}
