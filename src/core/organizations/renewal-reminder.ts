import { createReminder } from '../reminders/create-reminder.js';
import type { Deps } from '../repos.js';
import type { Membership, Organization } from './schema.js';

/**
 * Your membership as it will be stored: a renewal date becomes a reminder on that day.
 * The reminder stays while the date stays; a new date (or no membership) replaces or
 * removes it. Run inside the caller's transaction.
 */
export async function withRenewalReminder(
  deps: Deps,
  organization: Omit<Organization, 'membership'>,
  membership: Membership | null,
  previous: Organization['membership'],
): Promise<Organization['membership']> {
  const kept = previous?.reminderId && previous.renewsOn === membership?.renewsOn ? previous.reminderId : null;
  if (previous?.reminderId && !kept) await deps.repos.reminders.remove(previous.reminderId);
  if (!membership) return null;
  if (kept || !membership.renewsOn) return { ...membership, reminderId: kept };
  const reminder = await createReminder(deps, {
    text: `Renew your membership of ${organization.name}`,
    dueOn: membership.renewsOn,
  });
  return { ...membership, reminderId: reminder.id };
}
