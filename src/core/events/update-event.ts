import { type Deps, inTransaction } from '../repos.js';
import { userClock } from '../settings/user-clock.js';
import { requireOwned } from '../shared/access.js';
import { localDateOf } from '../shared/dates.js';
import { parseInput } from '../shared/validate.js';
import { getEvent } from './resolve-event.js';
import { checkEvent, checkMeetingsWithin, meetingDay } from './rules.js';
import { type KithEvent, type UpdateEventInput, updateEventSchema } from './schema.js';

/** Partial update: only the fields present in the input change; new dates must keep the people met there within them. */
export async function updateEvent(deps: Deps, id: string, input: UpdateEventInput): Promise<KithEvent> {
  const patch = parseInput(updateEventSchema, input);
  return inTransaction(deps, async (tx) => {
    const current = await getEvent(tx, id);
    const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    const updated: KithEvent = { ...current, ...defined, updatedAt: deps.now().toISOString() };
    checkEvent(updated);
    if (updated.startsOn !== current.startsOn || updated.endsOn !== current.endsOn) {
      const { timeZone } = await userClock(tx.repos, deps.now());
      const met = (await tx.repos.events.linksForEvent(id)).filter((link) => link.relation === 'met');
      checkMeetingsWithin(
        updated,
        met.map((link) => meetingDay(current, localDateOf(new Date(link.createdAt), timeZone))),
      );
    }
    await requireOwned(tx.repos, [{ field: 'organizationId', kind: 'organization', ids: patch.organizationId }]);
    await tx.repos.events.save(updated);
    return updated;
  });
}
