import type { AnniversaryForms } from '../../formats/contact-record.js';
import type { OwnerRepos } from '../repos.js';
import { newId } from '../shared/ids.js';
import { foldText } from '../shared/text.js';
import { type OccasionValues, occasionValuesSchema, type StoredOccasion } from './schema.js';

/**
 * A card's date as an occasion, or why it cannot be one ("date must be …"): an import
 * leaves it out with these words as a warning, a phone's PUT refuses the card with them.
 */
export function readOccasion(occasion: OccasionValues): { occasion: OccasionValues } | { problem: string } {
  const result = occasionValuesSchema.safeParse(occasion);
  if (result.success) return { occasion: result.data };
  const issue = result.error.issues[0];
  return { problem: `${issue?.path.join('.') || 'date'} ${issue?.message ?? 'is not valid'}` };
}

/** One occasion is another when their dates and labels (ignoring case and accents) are the same. */
export function sameOccasion(a: OccasionValues, b: OccasionValues): boolean {
  return a.date === b.date && foldText(a.label) === foldText(b.label);
}

/** The occasions of `incoming` that `held` does not have, each once. */
export function newOccasions(held: readonly OccasionValues[], incoming: readonly OccasionValues[]): OccasionValues[] {
  const added: OccasionValues[] = [];
  for (const occasion of incoming) {
    if (![...held, ...added].some((one) => sameOccasion(one, occasion))) added.push(occasion);
  }
  return added;
}

/**
 * A card's dates without the anniversary a client left behind: when the card's two forms of
 * its anniversary disagree (khard rewrote X-ANNIVERSARY and kept Apple's X-ABDATE, or an
 * iPhone the reverse) and one of them is the anniversary kith stored, the other is the edit.
 */
export function withoutStaleAnniversary(
  card: readonly OccasionValues[],
  stored: readonly OccasionValues[],
  forms: AnniversaryForms | undefined,
): OccasionValues[] {
  if (!forms) return [...card];
  const anniversary = (date: string) => ({ label: 'anniversary', date });
  const isStored = (date: string) => stored.some((one) => sameOccasion(one, anniversary(date)));
  const stale =
    isStored(forms.vcard) && !isStored(forms.apple)
      ? forms.vcard
      : isStored(forms.apple) && !isStored(forms.vcard)
        ? forms.apple
        : undefined;
  return stale === undefined ? [...card] : card.filter((one) => !sameOccasion(one, anniversary(stale)));
}

/** Stores occasions for a person (validated already); `at` is when they were created. */
export async function insertOccasions(
  repos: OwnerRepos,
  personId: string,
  occasions: readonly OccasionValues[],
  at: Date,
): Promise<void> {
  for (const { label, date } of occasions) {
    const occasion: StoredOccasion = { id: newId(), personId, label, date, createdAt: at.toISOString() };
    await repos.occasions.insert(occasion);
  }
}

/**
 * A person's occasions made the card's: those the card no longer has are removed, those it
 * adds are stored, the rest kept as they are (with their ids). Whether anything changed.
 */
export async function replaceOccasions(
  repos: OwnerRepos,
  personId: string,
  sent: readonly OccasionValues[],
  at: Date,
  forms?: AnniversaryForms,
): Promise<boolean> {
  const stored = await repos.occasions.listForPerson(personId);
  const card = withoutStaleAnniversary(sent, stored, forms);
  const gone = stored.filter((occasion) => !card.some((one) => sameOccasion(one, occasion)));
  for (const occasion of gone) await repos.occasions.remove(occasion.id);
  const added = newOccasions(stored, card);
  await insertOccasions(repos, personId, added, at);
  return gone.length > 0 || added.length > 0;
}
