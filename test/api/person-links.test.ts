import type { FastifyInstance } from 'fastify';
import { expect, it } from 'vitest';
import { createEvent } from '../../src/core/events/create-event.js';
import { meetAtEvent } from '../../src/core/events/meet-at-event.js';
import type { PersonEvent } from '../../src/core/events/schema.js';
import type { Item } from '../../src/core/items/schema.js';
import { affiliatePerson } from '../../src/core/organizations/affiliate-person.js';
import { createOrganization } from '../../src/core/organizations/create-organization.js';
import type { PersonOrganization } from '../../src/core/organizations/schema.js';
import { createPerson } from '../../src/core/people/create-person.js';
import type { Deps } from '../../src/core/repos.js';
import type { ItemSuggestion } from '../../src/core/shares/schema.js';
import { freshAppEachTest } from '../support/api.js';
import { createOwner, describeEachDatabase, type TestDatabase } from '../support/databases.js';

describeEachDatabase("a person's events, organizations and suggested items API", (kind) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let deps: Deps;
  let other: Deps;

  freshAppEachTest(kind, async (fresh) => {
    ({ database, app, deps } = fresh);
    other = await createOwner(database.repos);
  });

  const addItem = async (title: string, text: string) => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/items', payload: { title, text } });
    expect(response.statusCode).toBe(201);
    return response.json<Item>();
  };

  it('lists the events a person is linked to, latest first, and their organizations, current first', async () => {
    const grace = await createPerson(deps, { displayName: 'Grace Mensah' });
    const bystander = await createPerson(deps, { displayName: 'Ben Ortiz' });
    const older = await createEvent(deps, { name: 'Logistics World', startsOn: '2026-03-02' });
    const newer = await createEvent(deps, { name: 'Supply Chain Summit', startsOn: '2026-05-10' });
    await createEvent(deps, { name: 'Unrelated Meetup', startsOn: '2026-05-20' });
    await meetAtEvent(deps, older.id, { personId: grace.id, note: 'Wants speakers' });
    await meetAtEvent(deps, newer.id, { personId: grace.id });
    await meetAtEvent(deps, newer.id, { personId: bystander.id });
    const guild = await createOrganization(deps, { name: 'Warehouse Guild' });
    const acme = await createOrganization(deps, { name: 'Acme Freight' });
    await affiliatePerson(deps, guild.id, { personId: grace.id, role: 'Chair' });
    await affiliatePerson(deps, acme.id, { personId: grace.id, current: false });

    const events = await app.inject(`/api/v1/people/${grace.id}/events`);
    expect(events.statusCode).toBe(200);
    const eventItems = events.json<{ items: PersonEvent[] }>().items;
    expect(eventItems.map((entry) => entry.event.name)).toEqual(['Supply Chain Summit', 'Logistics World']);
    expect(eventItems[1]?.link).toMatchObject({ personId: grace.id, relation: 'met', note: 'Wants speakers' });

    const organizations = await app.inject(`/api/v1/people/${grace.id}/organizations`);
    expect(organizations.statusCode).toBe(200);
    const affiliations = organizations.json<{ items: PersonOrganization[] }>().items;
    expect(affiliations.map((entry) => [entry.organization.name, entry.affiliation.current])).toEqual([
      ['Warehouse Guild', true],
      ['Acme Freight', false],
    ]);
    expect((await app.inject(`/api/v1/people/${bystander.id}/organizations`)).json()).toEqual({ items: [] });
  });

  it('ranks the items a person would value, leaving out archived items and what they were already sent', async () => {
    const grace = await createPerson(deps, { displayName: 'Grace Mensah', topics: ['warehouse automation'] });
    const robots = await addItem('Warehouse automation in 2026', 'Robots now pick most orders in big warehouses.');
    const guide = await addItem('A guide to warehouse automation', 'What warehouse automation costs and saves.');
    const archived = await addItem('Warehouse automation, the old way', 'Conveyors and warehouse automation.');
    await addItem('Sourdough at home', 'Flour, water, salt and patience.');
    expect((await app.inject({ method: 'POST', url: `/api/v1/items/${archived.id}/archive` })).statusCode).toBe(200);
    const shared = await app.inject({
      method: 'POST',
      url: `/api/v1/items/${guide.id}/shares`,
      payload: { personId: grace.id },
    });
    expect(shared.statusCode).toBe(201);

    const response = await app.inject(`/api/v1/people/${grace.id}/suggested-items`);
    expect(response.statusCode).toBe(200);
    const suggestions = response.json<ItemSuggestion[]>();
    expect(suggestions.map((entry) => entry.item.id)).toEqual([robots.id]);
    expect(suggestions[0]?.reasons.join(' ')).toContain('warehouse automation');
  });

  it('answers a bad limit with 400, and an unknown or another owner’s person with 404 on every route', async () => {
    const grace = await createPerson(deps, { displayName: 'Grace Mensah' });
    const bad = await app.inject(`/api/v1/people/${grace.id}/suggested-items?limit=0`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    const theirs = await createPerson(other, { displayName: 'Someone Else' });
    for (const path of ['events', 'organizations', 'suggested-items']) {
      for (const id of ['nope', theirs.id]) {
        const response = await app.inject(`/api/v1/people/${id}/${path}`);
        expect(response.statusCode, `${path} ${id}`).toBe(404);
        expect(response.json()).toMatchObject({ error: { code: 'PERSON_NOT_FOUND' } });
      }
    }
  });
});
