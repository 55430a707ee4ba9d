import { KithError } from '../errors.js';
import { getPerson } from '../people/get-person.js';
import type { Person } from '../people/schema.js';
import { updatePerson } from '../people/update-person.js';
import { type Deps, inTransaction } from '../repos.js';
import { userClock } from '../settings/user-clock.js';
import { addDays } from '../shared/dates.js';
import { parseInput } from '../shared/validate.js';
import { effectiveCadence, lowerTier } from './cadence.js';
import { type DriftDecision, type DriftStanding, driftStandingSchema } from './schema.js';

/**
 * Accepts a drift suggestion: the person moves one tier down and their own cadence,
 * if any, is cleared so the new tier's applies. The suggestion stays silent for one
 * new cadence, so it does not follow them straight down.
 */
export async function acceptDrift(deps: Deps, personId: string): Promise<DriftDecision> {
  return inTransaction(deps, async (tx) => {
    const person = await getPerson(tx, personId);
    const toTier = lowerTier(person.tier);
    if (!toTier) throw new KithError('CONFLICT', `${person.displayName} is already an acquaintance, the lowest tier`);
    const updated = await updatePerson(tx, personId, { tier: toTier, cadenceDays: null });
    return silence(tx, updated, person);
  });
}

/** Dismisses a drift suggestion: silent for one cadence from today. */
export async function dismissDrift(deps: Deps, personId: string): Promise<DriftDecision> {
  return inTransaction(deps, async (tx) => {
    const person = await getPerson(tx, personId);
    return silence(tx, person, person);
  });
}

/**
 * Undoes a drift answer: the person's tier, own cadence and drift silence as they were
 * before it (`before` of the answer), so the question can come back on the daily list.
 */
export async function undoDrift(deps: Deps, personId: string, input: DriftStanding): Promise<DriftDecision> {
  const standing = parseInput(driftStandingSchema, input);
  return inTransaction(deps, async (tx) => {
    const person = await getPerson(tx, personId);
    const state = await tx.repos.keepInTouch.state(personId);
    const restored = await updatePerson(tx, personId, { tier: standing.tier, cadenceDays: standing.cadenceDays });
    await tx.repos.keepInTouch.saveState({ ...state, driftSilencedUntil: standing.driftSilencedUntil });
    return {
      personId,
      tier: restored.tier,
      driftSilencedUntil: standing.driftSilencedUntil,
      before: standingOf(person, state.driftSilencedUntil),
    };
  });
}

function standingOf(person: Person, driftSilencedUntil: string | null): DriftStanding {
  return { tier: person.tier, cadenceDays: person.cadenceDays ?? null, driftSilencedUntil };
}

async function silence(deps: Deps, person: Person, before: Person): Promise<DriftDecision> {
  const { settings, today } = await userClock(deps.repos, deps.now());
  const cadence = effectiveCadence(person, settings.cadences);
  const state = await deps.repos.keepInTouch.state(person.id);
  const driftSilencedUntil = cadence === null ? null : addDays(today, cadence);
  await deps.repos.keepInTouch.saveState({ ...state, driftSilencedUntil });
  return {
    personId: person.id,
    tier: person.tier,
    driftSilencedUntil,
    before: standingOf(before, state.driftSilencedUntil),
  };
}
