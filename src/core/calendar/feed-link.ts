import { formatCredential, parseCredential } from '../auth/secrets.js';

/** Where a feed lives: `/ical/<ownerId>.<secret>.ics`; the owner id lets the lookup stay on one owner. */
export function feedPath(ownerId: string, secret: string): string {
  return `/ical/${formatCredential(ownerId, secret)}.ics`;
}

/** The owner id and secret in a feed's file name (`<ownerId>.<secret>.ics`); undefined when malformed. */
export function parseFeedName(name: string): { ownerId: string; secret: string } | undefined {
  return name.endsWith('.ics') ? parseCredential(name.slice(0, -'.ics'.length)) : undefined;
}
