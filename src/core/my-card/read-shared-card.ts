import { timingSafeEqual } from 'node:crypto';
import { ownCardFileName } from '../../formats/own-card.js';
import type { AccountDeps } from '../auth/repo.js';
import { hashSecret } from '../auth/secrets.js';
import { KithError } from '../errors.js';
import { parseCardName } from './card-link.js';
import { myCardVcard } from './card-values.js';
import { currentCard } from './get-my-card.js';

/** "Last fetched" is written at most this often, so a link opened many times writes rarely. */
const MARK_FETCHED_EVERY_MS = 60 * 60 * 1000;

const notFound = () => new KithError('NOT_FOUND', 'No card here');

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * The vCard behind a card link (`<ownerId>.<secret>`) and its file name. A malformed,
 * wrong or revoked secret is NOT_FOUND, the same answer as no link at all.
 */
export async function readSharedCard(deps: AccountDeps, name: string): Promise<{ vcard: string; fileName: string }> {
  const parsed = parseCardName(name);
  if (!parsed) throw notFound();
  const user = await deps.repos.users.get(parsed.ownerId);
  if (!user) throw notFound();
  const repos = deps.repos.forOwner(parsed.ownerId);
  const link = await repos.myCard.getLink();
  if (!link || !sameHash(link.secretHash, hashSecret(parsed.secret))) throw notFound();
  const card = await currentCard(repos);
  const now = deps.now();
  if (!(now.getTime() - Date.parse(link.lastFetchedAt ?? '') < MARK_FETCHED_EVERY_MS)) {
    await repos.myCard.markFetched(now.toISOString());
  }
  return { vcard: myCardVcard(card), fileName: ownCardFileName(card.name) };
}
