import type { FastifyInstance } from 'fastify';
import { expect, it } from 'vitest';
import type { Person } from '../../src/core/people/schema.js';
import { freshAppEachTest } from '../support/api.js';
import { describeEachDatabase } from '../support/databases.js';

describeEachDatabase('people API', (kind) => {
  let app: FastifyInstance;

  freshAppEachTest(kind, (fresh) => {
    ({ app } = fresh);
  });

  it('creates, reads, patches, searches, archives and deletes', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/people',
      payload: { displayName: 'Ada Okafor', emails: [{ value: 'ada@example.com' }], topics: ['forecasting'] },
    });
    expect(created.statusCode).toBe(201);
    const person = created.json<Person>();
    expect(person).toMatchObject({ displayName: 'Ada Okafor', emails: [{ value: 'ada@example.com', label: null }] });

    expect((await app.inject(`/api/v1/people/${person.id}`)).json<Person>().id).toBe(person.id);
    const patched = await app.inject({
      method: 'PATCH',
      url: `/api/v1/people/${person.id}`,
      payload: { title: 'Director' },
    });
    expect(patched.json<Person>()).toMatchObject({ title: 'Director', topics: ['forecasting'] });
    const found = (await app.inject('/api/v1/people?q=ada')).json<{ items: Person[]; nextCursor: string | null }>();
    expect(found.items).toHaveLength(1);
    expect(found.nextCursor).toBeNull();
    const forged = await app.inject(
      `/api/v1/people?q=ada&cursor=${Buffer.from('["search","bob",20]').toString('base64url')}`,
    );
    expect(forged.statusCode).toBe(400);
    expect(forged.json()).toMatchObject({
      error: { code: 'VALIDATION_FAILED', message: expect.stringMatching(/^cursor:/) },
    });
    expect(
      (await app.inject(`/api/v1/people?q=ada&tier=${person.tier}`)).json<{ items: Person[] }>().items,
    ).toHaveLength(1);
    const otherTier = person.tier === 'inner' ? 'close' : 'inner';
    expect((await app.inject(`/api/v1/people?q=ada&tier=${otherTier}`)).json<{ items: Person[] }>().items).toEqual([]);
    expect((await app.inject({ method: 'POST', url: `/api/v1/people/${person.id}/archive` })).statusCode).toBe(200);
    expect((await app.inject('/api/v1/people')).json<{ items: Person[] }>().items).toHaveLength(0);
    // A search leaves archived people out, finds them alone with archived=only, or among the rest with include.
    await app.inject({ method: 'POST', url: '/api/v1/people', payload: { displayName: 'Adaeze Nwosu' } });
    const names = async (query: string) =>
      (await app.inject(`/api/v1/people?${query}`)).json<{ items: Person[] }>().items.map((p) => p.displayName);
    expect(await names('q=ada')).toEqual(['Adaeze Nwosu']);
    expect(await names('q=ada&archived=only')).toEqual(['Ada Okafor']);
    expect(await names('q=ada&archived=include')).toEqual(['Ada Okafor', 'Adaeze Nwosu']);
    expect(await names('archived=only')).toEqual(['Ada Okafor']);
    expect((await app.inject('/api/v1/people?q=ada&archived=some')).statusCode).toBe(400);
    expect((await app.inject({ method: 'DELETE', url: `/api/v1/people/${person.id}` })).statusCode).toBe(200);
    expect((await app.inject(`/api/v1/people/${person.id}`)).statusCode).toBe(404);
  });

  it('answers bad input with 400 and the field, and a wrong id with 404, in the error shape', async () => {
    const bad = await app.inject({ method: 'POST', url: '/api/v1/people', payload: { displayName: 'X', tier: 'bff' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('tier') },
    });
    const missing = await app.inject('/api/v1/people/nope');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ error: { code: 'PERSON_NOT_FOUND', message: 'No person with id nope' } });
  });

  it('refuses a phone typed without digits, on create and on edit, but not one an import stored before', async () => {
    const refused = await app.inject({
      method: 'POST',
      url: '/api/v1/people',
      payload: { displayName: 'Ada Okafor', phones: [{ value: 'ask Ada' }] },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      error: { code: 'VALIDATION_FAILED', message: expect.stringMatching(/^phones: "ask Ada" is not a phone number/) },
    });
    expect((await app.inject('/api/v1/people')).json<{ items: Person[] }>().items).toEqual([]);
    const card = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Lind\r\nTEL:ask Bo\r\nEND:VCARD\r\n';
    const imported = await app.inject({
      method: 'POST',
      url: '/api/v1/import/vcard',
      payload: card,
      headers: { 'content-type': 'text/vcard' },
    });
    expect(imported.json()).toMatchObject({ created: 1 });
    const [bo] = (await app.inject('/api/v1/people')).json<{ items: Person[] }>().items;
    const edit = (phones: { value: string }[]) =>
      app.inject({ method: 'PATCH', url: `/api/v1/people/${bo?.id}`, payload: { title: 'Buyer', phones } });
    expect((await edit([{ value: 'ask Bo' }, { value: 'call me' }])).statusCode).toBe(400);
    const kept = await edit([{ value: 'ask Bo' }, { value: '+46 8 123 456 78' }]);
    expect(kept.statusCode).toBe(200);
    expect(kept.json<Person>().phones.map((phone) => phone.value)).toEqual(['ask Bo', '+46 8 123 456 78']);
  });

  it('publishes an OpenAPI 3.1 document of its routes', async () => {
    const doc = (await app.inject('/api/openapi.json')).json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/people', '/api/v1/people/{id}', '/api/v1/people/{id}/archive']),
    );
  });
});
