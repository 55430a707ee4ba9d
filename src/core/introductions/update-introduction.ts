import { KithError } from '../errors.js';
import { recordInteraction } from '../interactions/record-interaction.js';
import { completeReminder } from '../reminders/complete-reminder.js';
import { createReminder } from '../reminders/create-reminder.js';
import { type Deps, inTransaction, type OwnerRepos } from '../repos.js';
import { addDays } from '../shared/dates.js';
import { parseInput } from '../shared/validate.js';
import {
  type Introduction,
  type IntroductionView,
  type UpdateIntroductionInput,
  updateIntroductionSchema,
} from './schema.js';
import { allowedNext, canMove, DEFAULT_FOLLOW_UP_DAYS } from './workflow.js';

export async function getIntroductionRecord(repos: OwnerRepos, id: string): Promise<Introduction> {
  const introduction = await repos.introductions.get(id);
  if (!introduction) throw new KithError('INTRODUCTION_NOT_FOUND', `No introduction with id ${id}`);
  return introduction;
}

export async function viewIntroduction(repos: OwnerRepos, introduction: Introduction): Promise<IntroductionView> {
  const people = new Map(
    (await repos.people.getMany([introduction.personAId, introduction.personBId])).map((p) => [p.id, p.displayName]),
  );
  return {
    ...introduction,
    personAName: people.get(introduction.personAId) ?? introduction.personAId,
    personBName: people.get(introduction.personBId) ?? introduction.personBId,
  };
}

export async function getIntroduction(deps: Deps, id: string): Promise<IntroductionView> {
  return viewIntroduction(deps.repos, await getIntroductionRecord(deps.repos, id));
}

/**
 * Moves an introduction one step along its path, dating the step. A made
 * introduction gets a follow-up date (21 days later by default) to ask how it went.
 */
export async function updateIntroduction(
  deps: Deps,
  id: string,
  input: UpdateIntroductionInput,
): Promise<IntroductionView> {
  const data = parseInput(updateIntroductionSchema, input);
  return inTransaction(deps, async (tx) => {
    const current = await getIntroductionRecord(tx.repos, id);
    if (!canMove(current.status, data.status)) {
      const options = allowedNext(current.status);
      throw new KithError(
        'CONFLICT',
        `status: cannot go from ${current.status} to ${data.status}${options.length ? ` (next: ${options.join(' or ')})` : ' (it is finished)'}`,
        { from: current.status, to: data.status, allowed: options },
      );
    }
    const now = deps.now();
    const on = data.on ?? now.toISOString().slice(0, 10);
    const updated: Introduction = { ...current, status: data.status, updatedAt: now.toISOString() };
    if (data.status === 'asked-a') updated.askedAOn = on;
    if (data.status === 'asked-b') updated.askedBOn = on;
    if (data.status === 'declined') updated.declinedOn = on;
    if (data.status === 'followed-up') updated.followedUpOn = on;
    const view = await viewIntroduction(tx.repos, updated);
    if (data.status === 'made') {
      updated.madeOn = on;
      updated.followUpDue = addDays(on, data.followUpInDays ?? DEFAULT_FOLLOW_UP_DAYS);
      // A made introduction is time spent with both: it resets both clocks and shows on both timelines.
      await recordInteraction(
        tx.repos,
        {
          personIds: [updated.personAId, updated.personBId],
          occurredAt: on,
          kind: 'introduction',
          summary: `Introduced ${view.personAName} and ${view.personBName}`,
          notes: updated.reason,
        },
        now,
      );
      const reminder = await createReminder(tx, {
        personId: updated.personAId,
        text: `Ask ${view.personAName} and ${view.personBName} how their introduction went`,
        dueOn: updated.followUpDue,
      });
      updated.followUpReminderId = reminder.id;
    }
    if (data.status === 'followed-up' && updated.followUpReminderId) {
      const reminder = await tx.repos.reminders.get(updated.followUpReminderId);
      if (reminder && !reminder.doneAt) await completeReminder(tx, reminder.id);
    }
    await tx.repos.introductions.save(updated);
    return { ...view, ...updated };
  });
}
