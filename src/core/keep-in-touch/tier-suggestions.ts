import { KithError } from '../errors.js';
import { getPerson } from '../people/get-person.js';
import { updatePerson } from '../people/update-person.js';
import { type Deps, inTransaction } from '../repos.js';
import { userClock } from '../settings/user-clock.js';
import { requireOwned } from '../shared/access.js';
import { addDays, daysBetween } from '../shared/dates.js';
import { parseInput } from '../shared/validate.js';
import {
  type AcceptTierSuggestionsInput,
  acceptTierSuggestionsSchema,
  type TierSuggestion,
  type TierSuggestionsInput,
  tierSuggestionsSchema,
} from './schema.js';
import { SUGGESTION_WINDOW_DAYS, suggestTiers } from './suggest-tiers.js';

/**
 * `kith tiers suggest`: a tier per person from how often you were in touch over the
 * last year; `asOf` previews the suggestions as they would be on another day.
 */
export async function listTierSuggestions(deps: Deps, input: TierSuggestionsInput = {}): Promise<TierSuggestion[]> {
  const { asOf } = parseInput(tierSuggestionsSchema, input);
  const { settings, today } = await userClock(deps.repos, deps.now());
  const day = asOf ?? today;
  const since = addDays(day, -SUGGESTION_WINDOW_DAYS);
  const people = await deps.repos.todayPicks.interactionCounts(since, asOf);
  return suggestTiers(
    people.map((person) => {
      // Seen from when they were added, or their first interaction if that came before (a backdated log).
      const earliest = person.firstOn !== null && person.firstOn < person.addedOn ? person.firstOn : person.addedOn;
      const seenFrom = earliest > since ? earliest : since;
      return { ...person, knownDays: daysBetween(seenFrom, day) };
    }),
    settings,
  );
}

/**
 * Takes the suggested tiers, for the people named or for all; suggestions are computed
 * afresh, so a person can only move to the tier kith suggests for them now.
 */
export async function acceptTierSuggestions(deps: Deps, input: AcceptTierSuggestionsInput): Promise<TierSuggestion[]> {
  const { personIds } = parseInput(acceptTierSuggestionsSchema, input);
  return inTransaction(deps, async (tx) => {
    await requireOwned(tx.repos, [{ field: 'personIds', kind: 'person', ids: personIds }]);
    const suggestions = await listTierSuggestions(tx);
    let chosen = suggestions;
    if (personIds) {
      const byId = new Map(suggestions.map((suggestion) => [suggestion.id, suggestion]));
      chosen = [];
      for (const id of new Set(personIds)) {
        const person = await getPerson(tx, id);
        const suggestion = byId.get(person.id);
        if (!suggestion) throw new KithError('CONFLICT', `${person.displayName} has no tier suggestion now`);
        chosen.push(suggestion);
      }
    }
    for (const suggestion of chosen) await updatePerson(tx, suggestion.id, { tier: suggestion.suggestedTier });
    return chosen;
  });
}
