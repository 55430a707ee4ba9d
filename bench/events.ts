/**
 * Events at the scale of a busy professional: 10,000 people, 300 events over three years
 * (a third of them run by one of 30 organizations), 6,000 people met and 2,000 attending,
 * 50,000 interactions. Prints p50/p95 of `events prep`, `sources`, `events followups`,
 * and the events feed of the daily list beside the whole `today` it is part of, on
 * SQLite and, when KITH_BENCH_DATABASE_URL is set, PostgreSQL.
 */
import { en, Faker } from '@faker-js/faker';
import { sql } from 'kysely';
import { generateNetwork } from '../src/core/demo/generate-network.js';
import { listFollowUps } from '../src/core/events/follow-ups.js';
import { networkSources } from '../src/core/events/network-sources.js';
import { prepareEvent } from '../src/core/events/prepare-event.js';
import type { KithEvent } from '../src/core/events/schema.js';
import { eventSignals } from '../src/core/events/today-signals.js';
import type { Interaction } from '../src/core/interactions/schema.js';
import { interactionKinds } from '../src/core/interactions/schema.js';
import { getToday } from '../src/core/keep-in-touch/get-today.js';
import type { Organization } from '../src/core/organizations/schema.js';
import { buildPerson } from '../src/core/people/create-person.js';
import type { Deps } from '../src/core/repos.js';
import { addDays, localDateOf } from '../src/core/shared/dates.js';
import { newId } from '../src/core/shared/ids.js';
import type { Connection } from '../src/db/connect.js';
import { generateEvents } from './generate-events.js';
import { benchOwner } from './owner.js';
import { measureOnEachDatabase } from './postgres.js';
import { formatMs, percentile, timeMs } from './stats.js';

const PEOPLE = 10_000;
const EVENTS = 300;
const ORGANIZATIONS = 30;
const MET = 6_000;
const ATTENDING = 2_000;
const INTERACTIONS = 50_000;
const RUNS = 10;

async function load(connection: Connection): Promise<{ deps: Deps; upcoming: KithEvent }> {
  const now = new Date();
  const at = now.toISOString();
  const deps = await benchOwner(connection, () => now);
  await deps.repos.settings.save({ ...(await deps.repos.settings.get()), timeZone: 'UTC' });
  const faker = new Faker({ locale: [en], seed: 4 });
  const today = localDateOf(now, 'UTC');
  const people = generateNetwork({ people: PEOPLE, seed: 2 }).map((input) => buildPerson(input, now));
  const organizations: Organization[] = Array.from({ length: ORGANIZATIONS }, (_, i) => ({
    id: newId(),
    name: `${faker.company.name()} ${i}`,
    kind: 'trade_association',
    url: null,
    notes: null,
    membership: null,
    createdAt: at,
    updatedAt: at,
  }));
  const { events, links } = generateEvents(faker, {
    people,
    today,
    at,
    count: EVENTS,
    met: MET,
    attending: ATTENDING,
    organizationIds: organizations.map((organization) => organization.id),
  });

  const loadMs = await timeMs(() =>
    deps.repos.transaction(async (scoped) => {
      await scoped.people.insert(people);
      for (const organization of organizations) await scoped.organizations.insert(organization);
      for (const event of events) await scoped.events.insert(event);
      for (const row of links) await scoped.events.saveLink(row);
      for (let i = 0; i < 500; i++) {
        await scoped.organizations.saveAffiliation({
          organizationId: faker.helpers.arrayElement(organizations).id,
          personId: faker.helpers.arrayElement(people).id,
          role: 'member',
          current: faker.number.int(3) > 0,
          createdAt: at,
        });
      }
      for (let done = 0; done < INTERACTIONS; done += 5_000) {
        const batch: Interaction[] = Array.from({ length: 5_000 }, () => {
          const occurredOn = addDays(today, -faker.number.int({ min: 0, max: 3 * 365 }));
          return {
            id: newId(),
            occurredAt: occurredOn,
            occurredOn,
            kind: faker.helpers.arrayElement(interactionKinds),
            summary: 'bench',
            notes: null,
            eventId: null,
            personIds: [faker.helpers.arrayElement(people).id],
            createdAt: at,
            updatedAt: at,
          };
        });
        await scoped.interactions.insert(batch);
      }
      await scoped.interactions.refreshLastInteraction();
    }),
  );
  // as autovacuum would on a live database: fresh tables without statistics mislead the planner
  if (connection.dialect === 'postgres')
    await sql`ANALYZE person, event, event_person, affiliation, interaction, interaction_person`.execute(connection.db);
  process.stdout.write(
    `loaded ${PEOPLE} people, ${EVENTS} events, ${links.length} event links, ${INTERACTIONS} interactions in ${formatMs(loadMs)}\n`,
  );
  return { deps, upcoming: events[0] as KithEvent };
}

async function sample(label: string, fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await timeMs(fn));
  const p50 = percentile(samples, 50);
  process.stdout.write(`${label} x${RUNS}: p50 ${formatMs(p50)}, p95 ${formatMs(percentile(samples, 95))}\n`);
  return p50;
}

async function measure(label: string, connection: Connection): Promise<void> {
  const { deps, upcoming } = await load(connection);
  const today = localDateOf(deps.now(), 'UTC');
  await sample(`${label}: events prep`, () => prepareEvent(deps, upcoming.id));
  await sample(`${label}: sources`, () => networkSources(deps));
  await sample(`${label}: events followups`, () => listFollowUps(deps));
  const feed = await sample(`${label}: events feed of the daily list`, () => eventSignals(deps.repos, today));
  const whole = await sample(`${label}: today (with the feed)`, () => getToday(deps, { asOf: today }));
  process.stdout.write(`${label}: the events feed is ${((feed / whole) * 100).toFixed(0)}% of today's p50\n`);
}

export async function run(): Promise<void> {
  await measureOnEachDatabase('events', measure);
}
