import { KithError } from '../errors.js';
import type { Deps } from '../repos.js';

/** Turns the card's link off: it answers 404 from now on. The card itself stays. */
export async function revokeCardLink(deps: Deps): Promise<void> {
  if (!(await deps.repos.myCard.removeLink())) {
    throw new KithError('NOT_FOUND', 'Your card has no link');
  }
}
