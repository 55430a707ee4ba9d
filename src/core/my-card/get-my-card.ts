import type { OwnerRepos } from '../repos.js';
import { emailSchema } from '../shared/fields.js';
import { myCardVcard } from './card-values.js';
import type { MyCard, MyCardView } from './schema.js';

/** The stored card, or before one is saved your account's name and email (if it is a real address), showing the email. */
export async function currentCard(repos: OwnerRepos): Promise<MyCard> {
  const stored = await repos.myCard.getCard();
  if (stored) return stored;
  const account = await repos.myCard.accountDefaults();
  const name = account.name.slice(0, 200);
  // The local owner's placeholder address (owner@localhost) is no one's email: not on a card.
  const email = emailSchema.safeParse(account.email).success ? account.email : '';
  return { name, title: '', company: '', email, phone: '', links: [], location: '', shown: email ? ['email'] : [] };
}

export async function viewOf(repos: OwnerRepos, card: MyCard): Promise<MyCardView> {
  const link = await repos.myCard.getLink();
  return {
    ...card,
    vcard: myCardVcard(card),
    link: {
      enabled: link !== undefined,
      createdAt: link?.createdAt ?? null,
      lastFetchedAt: link?.lastFetchedAt ?? null,
    },
  };
}

/** Your card, the vCard its QR code holds, and whether its link is on (the link itself is shown only when made). */
export async function getMyCard(deps: { repos: OwnerRepos }): Promise<MyCardView> {
  return viewOf(deps.repos, await currentCard(deps.repos));
}
