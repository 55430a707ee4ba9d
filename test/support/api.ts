import { createSession } from '../../src/core/auth/create-session.js';
import type { Repos } from '../../src/db/repos/index.js';
import { SESSION_COOKIE } from '../../src/server/auth/session-cookie.js';

/** The origin app.inject() requests come from by default (Host: localhost:80). */
export const SAME_ORIGIN = 'http://localhost';

/**
 * Headers of a browser signed in as this user: a session made through the use-case,
 * so tests do not pay argon2's cost for every sign-in.
 */
export async function sessionHeaders(
  repos: Repos,
  userId: string,
  now: () => Date = () => new Date(),
): Promise<{ cookie: string; origin: string }> {
  const session = await createSession({ repos, now }, userId);
  return { cookie: `${SESSION_COOKIE}=${session}`, origin: SAME_ORIGIN };
}
