import type { FastifyInstance } from 'fastify';
import { expect, it } from 'vitest';
import type { DuplicatePairView } from '../../src/core/dedupe/schema.js';
import type { ImportSummary } from '../../src/core/import/schema.js';
import type { Person } from '../../src/core/people/schema.js';
import { freshAppEachTest } from '../support/api.js';
import { describeEachDatabase } from '../support/databases.js';
import { exporterFixture } from '../support/exporter-fixtures.js';
import { fixture } from '../support/fixtures.js';
import { generateLinkedInCsv } from '../support/linkedin-file.js';

describeEachDatabase('import, export and dedupe API', (kind) => {
  let app: FastifyInstance;

  freshAppEachTest(kind, (fresh) => {
    ({ app } = fresh);
  });

  const importFile = (format: string, body: string, query = '') =>
    app.inject({
      method: 'POST',
      url: `/api/v1/import/${format}${query}`,
      headers: { 'content-type': format === 'vcard' ? 'text/vcard' : 'text/csv' },
      payload: body,
    });
  const people = async () => (await app.inject('/api/v1/people?limit=1000')).json<{ items: Person[] }>().items;

  it('imports a file sent as the body, with a dry run first', async () => {
    const dry = await importFile('linkedin', fixture('linkedin/Connections.csv'), '?dryRun=true');
    expect(dry.statusCode).toBe(200);
    expect(dry.json<ImportSummary>()).toMatchObject({ dryRun: true, created: 19 });
    expect(await people()).toEqual([]);
    const real = await importFile('linkedin', fixture('linkedin/Connections.csv'));
    expect(real.json<ImportSummary>()).toMatchObject({ dryRun: false, created: 19, skipped: 1 });
    const plain = await app.inject({
      method: 'POST',
      url: '/api/v1/import/vcard',
      headers: { 'content-type': 'text/plain' },
      payload: fixture('vcard/contacts-v4.vcf'),
    });
    expect(plain.json<ImportSummary>()).toMatchObject({ created: 1, updated: 1, skipped: 1 });
  });

  // 10,000 rows take PostgreSQL's batched inserts longer than a test may; the worker and the
  // route do not depend on the database, and the repository suite imports through a worker on both.
  it.skipIf(kind === 'postgres')(
    'imports a body of over 1 MiB (read in a worker thread), and refuses one malformed after whole batches',
    async () => {
      const text = generateLinkedInCsv(10_000);
      expect(text.length).toBeGreaterThan(1024 * 1024);
      const lines = text.split('\n');
      lines.splice(2_004, 0, 'Bad,Qu"ote,https://www.linkedin.com/in/x,,,,');
      const broken = await importFile('linkedin', lines.join('\n'));
      expect(broken.statusCode).toBe(422);
      expect(broken.json<{ error: { details: { line: number } } }>().error.details).toEqual({ line: 2_005 });
      expect(await people()).toEqual([]);
      const real = await importFile('linkedin', text);
      expect(real.statusCode).toBe(200);
      expect(real.json<ImportSummary>()).toMatchObject({ records: 10_000, created: 10_000, skipped: 0 });
    },
  );

  it('answers a malformed file with 422 and its line, an unknown format with 404, and imports nothing', async () => {
    const broken = await importFile('linkedin', fixture('linkedin/Connections-broken.csv'));
    expect(broken.statusCode).toBe(422);
    expect(broken.json()).toEqual({
      error: {
        code: 'IMPORT_FAILED',
        message: 'LinkedIn CSV line 6: a quoted value is never closed',
        details: { line: 6 },
      },
    });
    const unknown = await importFile('outlook', 'a,b\n');
    expect(unknown.statusCode).toBe(404);
    expect(await people()).toEqual([]);
  });

  it("takes a card's anniversary as an occasion, and its export gives it back in vCard 3.0 and 4.0", async () => {
    const card =
      'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Grace Mensah\r\nEMAIL:grace@example.com\r\nANNIVERSARY:--0612\r\nEND:VCARD\r\n';
    expect((await importFile('vcard', card)).json<ImportSummary>()).toMatchObject({ created: 1 });
    const [grace] = await people();
    const occasions = await app.inject(`/api/v1/people/${grace?.id}/occasions`);
    expect(occasions.json<{ items: { label: string; date: string }[] }>().items).toMatchObject([
      { label: 'anniversary', date: '--06-12' },
    ]);
    expect((await app.inject('/api/v1/export/vcard')).body).toContain('\r\nX-ANNIVERSARY:--06-12\r\n');
    expect((await app.inject('/api/v1/export/vcard?vcardVersion=4.0')).body).toContain('\r\nANNIVERSARY:--0612\r\n');
    expect((await importFile('vcard', card)).json<ImportSummary>()).toMatchObject({ created: 0, updated: 0 });
    expect((await app.inject(`/api/v1/people/${grace?.id}/occasions`)).json<{ items: unknown[] }>().items).toHaveLength(
      1,
    );
  });

  it('exports vCard, CSV and JSON with their content types and filenames', async () => {
    await importFile('google', fixture('google/contacts.csv'));
    const vcard = await app.inject('/api/v1/export/vcard');
    expect(vcard.statusCode).toBe(200);
    expect(vcard.headers['content-type']).toBe('text/vcard; charset=utf-8');
    expect(vcard.headers['content-disposition']).toMatch(/^attachment; filename="kith-people-\d{4}-\d{2}-\d{2}\.vcf"$/);
    expect(vcard.body.match(/BEGIN:VCARD/g)).toHaveLength(6);
    expect(vcard.body).toContain('VERSION:3.0');
    expect((await app.inject('/api/v1/export/vcard?vcardVersion=4.0')).body).toContain('VERSION:4.0');
    const csv = await app.inject('/api/v1/export/csv');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const json = await app.inject('/api/v1/export/json');
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(json.json()).toMatchObject({ format: 'kith-backup', version: 1, sections: { people: expect.any(Array) } });
    expect((await app.inject('/api/v1/export/pdf')).statusCode).toBe(404);
  });

  it('lists duplicates and merges a pair; a wrong id is 404', async () => {
    await importFile('linkedin', fixture('linkedin/Connections-legacy.csv'));
    await importFile('google', fixture('google/contacts-legacy.csv'));
    const list = await app.inject('/api/v1/duplicates');
    expect(list.statusCode).toBe(200);
    const [pair] = list.json<{ items: DuplicatePairView[] }>().items;
    expect(pair?.a.displayName).toBe('Mei Chen');
    expect(pair?.b.displayName).toBe('Mei Chen');
    const merged = await app.inject({
      method: 'POST',
      url: `/api/v1/people/${pair?.a.id}/merge`,
      payload: { otherId: pair?.b.id },
    });
    expect(merged.statusCode).toBe(200);
    expect(merged.json<Person>().emails.map((email) => email.value)).toEqual(['mei@chen.example']);
    expect((await app.inject('/api/v1/duplicates')).json<{ items: unknown[] }>().items).toEqual([]);

    const missing = await app.inject({
      method: 'POST',
      url: `/api/v1/people/${pair?.a.id}/merge`,
      payload: { otherId: pair?.b.id },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { code: 'PERSON_NOT_FOUND' } });
    const noKeep = await app.inject({ method: 'POST', url: '/api/v1/people/nope/merge', payload: { otherId: 'x' } });
    expect(noKeep.statusCode).toBe(404);
    const bad = await app.inject({ method: 'POST', url: `/api/v1/people/${pair?.a.id}/merge`, payload: {} });
    expect(bad.statusCode).toBe(400);
  });

  it("merges with a choice per field: the other person's title wins, the kept name stays, a bad field is 400", async () => {
    const post = (url: string, payload: Record<string, unknown>) => app.inject({ method: 'POST', url, payload });
    const keep = (
      await post('/api/v1/people', { displayName: 'Mei Chen', title: 'Analyst', company: 'Old Co' })
    ).json<Person>();
    const other = (
      await post('/api/v1/people', { displayName: 'Mei C.', title: 'Head of Data', company: null })
    ).json<Person>();
    const bad = await post(`/api/v1/people/${keep.id}/merge`, { otherId: other.id, takeFromOther: ['notes'] });
    expect(bad.statusCode).toBe(400);
    expect((await app.inject(`/api/v1/people/${other.id}`)).statusCode).toBe(200);
    const merged = await post(`/api/v1/people/${keep.id}/merge`, {
      otherId: other.id,
      takeFromOther: ['title', 'company'],
    });
    expect(merged.statusCode).toBe(200);
    expect(merged.json<Person>()).toMatchObject({ displayName: 'Mei Chen', title: 'Head of Data', company: null });
    expect((await app.inject(`/api/v1/people/${other.id}`)).statusCode).toBe(404);
  });

  it('documents the routes in OpenAPI', async () => {
    const doc = (await app.inject('/api/openapi.json')).json<{ paths: Record<string, unknown> }>();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/import/linkedin',
        '/api/v1/import/google',
        '/api/v1/import/vcard',
        '/api/v1/export/vcard',
        '/api/v1/export/csv',
        '/api/v1/export/json',
        '/api/v1/duplicates',
        '/api/v1/people/{id}/merge',
      ]),
    );
  });
  it('refuses a vCard file with unreadable cards (422, each listed), and imports the rest with skipUnreadable=true', async () => {
    const damaged = exporterFixture('damaged.vcf');
    const refused = await importFile('vcard', damaged);
    expect(refused.statusCode).toBe(422);
    const body = refused.json<{ error: { code: string; details: { unreadable: { line: number }[] } } }>();
    expect(body.error.code).toBe('IMPORT_FAILED');
    expect(body.error.details.unreadable.map((entry) => entry.line)).toEqual([9, 15, 19, 24]);
    expect(await people()).toEqual([]);
    const skipped = await importFile('vcard', damaged, '?skipUnreadable=true');
    expect(skipped.json<ImportSummary>()).toMatchObject({
      created: 4,
      unreadable: [{ line: 9 }, { line: 15 }, { line: 19 }, { line: 24 }],
    });
    expect(await people()).toHaveLength(4);
  });
});
