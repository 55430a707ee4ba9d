import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../connect.js';

/**
 * A person's occasions are on their card from now on (ADR 0058), and a phone's card
 * replaces them. A phone synced before holds the cards of people with occasions without
 * their dates, under ETags that still match: its next edit of such a card would remove
 * every date kith has for that person. So each owner's card clock moves once, and the
 * cards of the people with occasions take that revision: the phone fetches them again
 * (with their dates) before it can send them back.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await sql`INSERT INTO card_clock (owner_id, revision)
    SELECT DISTINCT owner_id, 0 FROM occasion
    WHERE owner_id NOT IN (SELECT owner_id FROM card_clock)`.execute(db);
  await sql`UPDATE card_clock SET revision = revision + 1
    WHERE owner_id IN (SELECT owner_id FROM occasion)`.execute(db);
  await sql`UPDATE person SET card_revision = (
      SELECT revision FROM card_clock WHERE card_clock.owner_id = person.owner_id
    )
    WHERE EXISTS (
      SELECT 1 FROM occasion WHERE occasion.owner_id = person.owner_id AND occasion.person_id = person.id
    )`.execute(db);
}
