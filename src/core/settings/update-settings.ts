import type { Deps } from '../repos.js';
import { invalidField, parseInput } from '../shared/validate.js';
import { type Settings, type UpdateSettingsInput, updateSettingsSchema } from './schema.js';

/**
 * Changes only what the input names; a cadence of null means "never nag" for that tier.
 * A new phone region re-reads the stored phone numbers written without +, in the same
 * transaction, so matching and dedupe compare them in the new country.
 */
export async function updateSettings(deps: Deps, input: UpdateSettingsInput): Promise<Settings> {
  const patch = parseInput(updateSettingsSchema, input);
  return deps.repos.transaction(async (repos) => {
    const current = await repos.settings.get();
    const updated: Settings = {
      cadences: { ...current.cadences, ...patch.cadences },
      dailyListSize: patch.dailyListSize ?? current.dailyListSize,
      followUpDays: patch.followUpDays ?? current.followUpDays,
      timeZone: patch.timeZone === undefined ? current.timeZone : patch.timeZone,
      phoneRegion: patch.phoneRegion ?? current.phoneRegion,
      reconnect: patch.reconnect ?? current.reconnect,
      hello: patch.hello ?? current.hello,
      myTopics: patch.myTopics ?? current.myTopics,
      innerTierSize: patch.innerTierSize ?? current.innerTierSize,
      innerAndCloseSize: patch.innerAndCloseSize ?? current.innerAndCloseSize,
      familyCadencePercent: patch.familyCadencePercent ?? current.familyCadencePercent,
    };
    // The inner tier is part of inner and close together: a larger inner layer would never be "outgrown" as meant.
    // Checked when a size changes, so settings saved before the check still take other changes.
    const sizing = patch.innerTierSize !== undefined || patch.innerAndCloseSize !== undefined;
    if (sizing && updated.innerTierSize > updated.innerAndCloseSize) {
      throw invalidField(
        'innerAndCloseSize',
        `inner and close together (${updated.innerAndCloseSize}) must be at least the inner tier (${updated.innerTierSize})`,
      );
    }
    await repos.settings.save(updated);
    if (updated.phoneRegion !== current.phoneRegion) await repos.people.rekeyPhones(updated.phoneRegion);
    return updated;
  });
}
