import { newSecret } from '../auth/secrets.js';
import type { Deps } from '../repos.js';
import { parseInput } from '../shared/validate.js';
import { digestSettingsOf } from './digest-settings.js';
import { getDigestSettings } from './get-digest-settings.js';
import { type DigestSettingsView, type UpdateDigestSettingsInput, updateDigestSettingsSchema } from './schema.js';

/** Changes what is given (an address of null is the account's again); a new webhook URL gets a new signing secret, removing it drops the secret. */
export async function updateDigestSettings(
  deps: Deps,
  input: UpdateDigestSettingsInput,
  mailConfigured: boolean,
): Promise<DigestSettingsView> {
  const changes = parseInput(updateDigestSettingsSchema, input);
  await deps.repos.transaction(async (repos) => {
    const current = await digestSettingsOf(repos);
    const webhookUrl = changes.webhookUrl === undefined ? current.webhookUrl : changes.webhookUrl;
    const webhookSecret =
      webhookUrl === null ? null : webhookUrl === current.webhookUrl ? current.webhookSecret : newSecret(24);
    await repos.digest.saveSettings(
      {
        ...current,
        ...(changes.email === undefined ? {} : { email: changes.email }),
        ...(changes.address === undefined ? {} : { address: changes.address }),
        ...(changes.hour === undefined ? {} : { hour: changes.hour }),
        ...(changes.weekdays === undefined ? {} : { weekdays: changes.weekdays }),
        webhookUrl,
        webhookSecret,
      },
      deps.now().toISOString(),
    );
  });
  return getDigestSettings(deps, mailConfigured);
}
