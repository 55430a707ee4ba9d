import { KithError } from '../errors.js';
import { getPerson } from '../people/get-person.js';
import { type Deps, inTransaction } from '../repos.js';
import { requireOwned } from '../shared/access.js';
import { newId } from '../shared/ids.js';
import { invalidField, parseInput } from '../shared/validate.js';
import { type IntroductionView, type StartIntroductionInput, startIntroductionSchema } from './schema.js';
import { pairKey } from './suggest-pairs.js';

/** Starts tracking an introduction between two people, at "suggested". */
export async function startIntroduction(deps: Deps, input: StartIntroductionInput): Promise<IntroductionView> {
  const data = parseInput(startIntroductionSchema, input);
  return inTransaction(deps, async (tx) => {
    // Unknown ids first: someone else's id is "not found", whatever else is wrong.
    await requireOwned(tx.repos, [
      { field: 'personAId', kind: 'person', ids: data.personAId },
      { field: 'personBId', kind: 'person', ids: data.personBId },
    ]);
    const a = await getPerson(tx, data.personAId);
    const b = await getPerson(tx, data.personBId);
    if (a.id === b.id) throw invalidField('personBId', 'cannot introduce someone to themselves');
    const key = pairKey(a.id, b.id);
    const existing = (await tx.repos.introductions.list()).find(
      (intro) => pairKey(intro.personAId, intro.personBId) === key,
    );
    if (existing) {
      throw new KithError(
        'ALREADY_EXISTS',
        `${a.displayName} and ${b.displayName} already have an introduction (${existing.id}, ${existing.status})`,
        { introductionId: existing.id },
      );
    }
    const now = deps.now();
    const at = now.toISOString();
    const introduction = {
      id: newId(),
      personAId: a.id,
      personBId: b.id,
      reason: data.reason,
      status: 'suggested' as const,
      suggestedOn: at.slice(0, 10),
      askedAOn: null,
      askedBOn: null,
      madeOn: null,
      declinedOn: null,
      followUpDue: null,
      followUpReminderId: null,
      followedUpOn: null,
      createdAt: at,
      updatedAt: at,
    };
    await tx.repos.introductions.insert(introduction);
    return { ...introduction, personAName: a.displayName, personBName: b.displayName };
  });
}
