import type { FastifyInstance } from 'fastify';
import { expect, it } from 'vitest';
import { DEMO_SIZE } from '../../src/core/demo/load-demo.js';
import { createPerson } from '../../src/core/people/create-person.js';
import type { Deps } from '../../src/core/repos.js';
import { freshAppEachTest } from '../support/api.js';
import { describeEachDatabase } from '../support/databases.js';

describeEachDatabase('demo API', (kind) => {
  let app: FastifyInstance;
  let owner: Deps;

  freshAppEachTest(
    kind,
    (fresh) => {
      ({ app, deps: owner } = fresh);
    },
    { app: { webRoot: null } },
  );

  it('fills an empty network with the demo network', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/demo' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ people: DEMO_SIZE });
    expect(await owner.repos.people.count()).toBe(DEMO_SIZE);
  });

  it('refuses a network that already has people, and leaves it as it was', async () => {
    await createPerson(owner, { displayName: 'Ada Okafor' });
    const response = await app.inject({ method: 'POST', url: '/api/v1/demo' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ error: { code: 'NOT_EMPTY' } });
    expect(await owner.repos.people.count()).toBe(1);
  });

  it('answers a body it cannot read with 400', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/demo',
      headers: { 'content-type': 'application/json' },
      payload: '{not json',
    });
    expect(response.statusCode).toBe(400);
    expect(await owner.repos.people.count()).toBe(0);
  });
});
