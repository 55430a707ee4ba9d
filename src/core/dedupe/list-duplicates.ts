import type { Person } from '../people/schema.js';
import type { Deps } from '../repos.js';
import { parseInput } from '../shared/validate.js';
import { duplicateFinder } from './find-duplicates.js';
import { type DuplicatePairView, type ListDuplicatesInput, listDuplicatesSchema } from './schema.js';

function summary(person: Person) {
  return {
    id: person.id,
    displayName: person.displayName,
    company: person.company,
    emails: person.emails.map((email) => email.value),
  };
}

/** Likely duplicates among the owner's people, best first, each with its score and evidence. */
export async function listDuplicates(deps: Deps, input: ListDuplicatesInput = {}): Promise<DuplicatePairView[]> {
  const { limit, threshold } = parseInput(listDuplicatesSchema, input);
  const { phoneRegion } = await deps.repos.settings.get();
  // People are read a page at a time and kept only as what dedupe compares.
  const finder = duplicateFinder({ threshold, phoneRegion });
  for await (const page of deps.repos.merge.dedupeCandidates()) for (const person of page) finder.add(person);
  const pairs = finder.pairs().slice(0, limit);
  const shown = await deps.repos.people.getMany([...new Set(pairs.flatMap((pair) => [pair.aId, pair.bId]))]);
  const byId = new Map(shown.map((person) => [person.id, person]));
  return pairs.flatMap((pair) => {
    const a = byId.get(pair.aId);
    const b = byId.get(pair.bId);
    return a && b ? [{ score: pair.score, evidence: pair.evidence, a: summary(a), b: summary(b) }] : [];
  });
}
