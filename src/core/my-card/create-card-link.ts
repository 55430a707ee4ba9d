import { hashSecret, newSecret } from '../auth/secrets.js';
import { KithError } from '../errors.js';
import type { Deps } from '../repos.js';
import { cardPath } from './card-link.js';
import type { CreatedCardLink } from './schema.js';

/**
 * Makes the link that downloads your card, with a new 128-bit secret shown in this answer
 * only. With `rotate` an existing link is replaced (the old one is 404 from now on);
 * without it an existing link is an error, since it cannot be shown again.
 */
export async function createCardLink(
  deps: Deps,
  { rotate, baseUrl }: { rotate: boolean; baseUrl: string },
): Promise<CreatedCardLink> {
  return deps.repos.transaction(async (repos) => {
    if (!rotate && (await repos.myCard.getLink())) {
      throw new KithError(
        'ALREADY_EXISTS',
        'Your card has a link, shown when it was made; make a new one to see a link again',
      );
    }
    const secret = newSecret(16);
    const createdAt = deps.now().toISOString();
    await repos.myCard.saveLink({ secretHash: hashSecret(secret), createdAt });
    const path = cardPath(repos.ownerId, secret);
    return { enabled: true, createdAt, lastFetchedAt: null, path, url: `${baseUrl.replace(/\/+$/, '')}${path}` };
  });
}
