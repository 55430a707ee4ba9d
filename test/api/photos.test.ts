import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Person } from '../../src/core/people/schema.js';
import { appActingAs } from '../support/api.js';
import { createOwner, describeEachDatabase, openTestDatabase, type TestDatabase } from '../support/databases.js';
import { fixture, fixturesDir } from '../support/fixtures.js';

const picture = (name: string) => readFileSync(join(fixturesDir, 'photos', name));

describeEachDatabase('photos API', (kind) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let other: FastifyInstance;

  beforeEach(async () => {
    database = await openTestDatabase(kind);
    const owner = await createOwner(database.repos);
    const second = await createOwner(database.repos, { email: 'second@example.com' });
    app = await appActingAs(owner.ownerId, { repos: database.repos });
    other = await appActingAs(second.ownerId, { repos: database.repos });
  });
  afterEach(async () => {
    await app.close();
    await other.close();
    await database.close();
  });

  async function addPerson(name = 'Ada Okafor'): Promise<Person> {
    return (await app.inject({ method: 'POST', url: '/api/v1/people', payload: { displayName: name } })).json<Person>();
  }

  const put = (target: FastifyInstance, id: string, body: Buffer, type = 'image/jpeg') =>
    target.inject({
      method: 'PUT',
      url: `/api/v1/people/${id}/photo`,
      payload: body,
      headers: { 'content-type': type },
    });

  it('stores a photo upright and at most 512 px, serves it with a strong ETag and 304, and removes it', async () => {
    const ada = await addPerson();
    const set = await put(app, ada.id, picture('portrait-rotated.jpg'));
    expect(set.statusCode).toBe(200);
    // 1600x1200 turned a quarter by its EXIF orientation: upright it is 1200x1600, scaled to 384x512.
    expect(set.json()).toMatchObject({ kind: 'image', contentType: 'image/jpeg', width: 384, height: 512 });

    const served = await app.inject(`/api/v1/people/${ada.id}/photo`);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect(served.headers.etag).toBe(`"${set.json().hash}"`);
    expect(served.headers['cache-control']).toContain('private');
    const meta = await sharp(served.rawPayload).metadata();
    expect([meta.width, meta.height, meta.exif]).toEqual([384, 512, undefined]);
    const again = await app.inject({
      url: `/api/v1/people/${ada.id}/photo`,
      headers: { 'if-none-match': served.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
    expect((await app.inject('/api/v1/photos')).json()).toEqual({
      items: [{ personId: ada.id, hash: set.json().hash }],
    });

    // A PNG is stored as JPEG.
    const png = await put(app, ada.id, picture('square.png'), 'image/png');
    expect(png.json()).toMatchObject({ contentType: 'image/jpeg', width: 300, height: 300 });
    expect(png.json().hash).not.toBe(set.json().hash);

    expect((await app.inject({ method: 'DELETE', url: `/api/v1/people/${ada.id}/photo` })).statusCode).toBe(204);
    const gone = await app.inject(`/api/v1/people/${ada.id}/photo`);
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error).toEqual({ code: 'PHOTO_NOT_FOUND', message: 'Ada Okafor has no photo' });
    expect((await app.inject({ method: 'DELETE', url: `/api/v1/people/${ada.id}/photo` })).statusCode).toBe(404);
  });

  it('refuses what is not a picture, an oversize one and a wrong type clearly, and keeps the photo before', async () => {
    const ada = await addPerson();
    const first = (await put(app, ada.id, picture('square.png'), 'image/png')).json();

    const text = await put(app, ada.id, picture('not-a-photo.jpg'));
    expect(text.statusCode).toBe(422);
    expect(text.json().error.code).toBe('PHOTO_UNREADABLE');
    expect(text.json().error.message).toMatch(/cannot be read as a picture/);

    const huge = await put(app, ada.id, Buffer.alloc(10 * 1024 * 1024 + 1, 0xff));
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.message).toMatch(/at most 10240 KiB/);

    const json = await app.inject({ method: 'PUT', url: `/api/v1/people/${ada.id}/photo`, payload: { a: 1 } });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.message).toMatch(/Content-Type: image\/jpeg/);

    expect((await app.inject('/api/v1/photos')).json().items).toEqual([{ personId: ada.id, hash: first.hash }]);
    expect((await put(app, 'nobody', picture('square.png'), 'image/png')).statusCode).toBe(404);
  });

  it("keeps one owner's photos from another: another user's person is 404", async () => {
    const ada = await addPerson();
    await put(app, ada.id, picture('square.png'), 'image/png');
    expect((await other.inject(`/api/v1/people/${ada.id}/photo`)).statusCode).toBe(404);
    expect((await put(other, ada.id, picture('square.png'), 'image/png')).statusCode).toBe(404);
    expect((await other.inject({ method: 'DELETE', url: `/api/v1/people/${ada.id}/photo` })).statusCode).toBe(404);
    expect((await other.inject('/api/v1/photos')).json().items).toEqual([]);
    expect((await app.inject(`/api/v1/people/${ada.id}/photo`)).statusCode).toBe(200);
  });

  it('imports photos from vCards (inline, data URI, link), leaves out a bad one with a warning, and exports them', async () => {
    const imported = await app.inject({
      method: 'POST',
      url: '/api/v1/import/vcard',
      payload: fixture('photos/cards.vcf'),
      headers: { 'content-type': 'text/vcard' },
    });
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toMatchObject({ created: 4 });
    expect(imported.json().warnings).toEqual([
      { line: expect.any(Number), message: expect.stringMatching(/^photo left out: The photo cannot be read/) },
    ]);
    const people = (await app.inject('/api/v1/people')).json<{ items: Person[] }>().items;
    const id = (name: string) => people.find((person) => person.displayName === name)?.id ?? '';
    const rosa = (await app.inject(`/api/v1/people/${id('Rosa Delgado')}/photo/info`)).json().photo;
    expect(rosa).toMatchObject({ kind: 'image', width: 384, height: 512 });
    expect((await app.inject(`/api/v1/people/${id('Tomas Berg')}/photo/info`)).json().photo).toMatchObject({
      kind: 'image',
      width: 96,
      height: 72,
    });
    const leila = await app.inject(`/api/v1/people/${id('Leila Haddad')}/photo/info`);
    expect(leila.json().photo).toMatchObject({ kind: 'link', url: 'https://photos.example.com/leila.jpg' });
    expect((await app.inject(`/api/v1/people/${id('Kwame Mensah')}/photo/info`)).json()).toEqual({ photo: null });
    expect((await app.inject(`/api/v1/people/${id('Kwame Mensah')}/photo`)).statusCode).toBe(404);

    for (const version of ['3.0', '4.0']) {
      const exported = (await app.inject(`/api/v1/export/vcard?vcardVersion=${version}`)).body.replace(/\r\n /g, '');
      const photoLines = exported.split('\r\n').filter((line) => line.startsWith('PHOTO'));
      expect(photoLines).toHaveLength(3);
      expect(photoLines.some((line) => line.includes('https://photos.example.com/leila.jpg'))).toBe(true);
      if (version === '4.0')
        expect(photoLines.filter((line) => line.startsWith('PHOTO:data:image/jpeg;base64,'))).toHaveLength(2);
      else expect(photoLines.filter((line) => line.startsWith('PHOTO;ENCODING=b;TYPE=JPEG:'))).toHaveLength(2);
    }
    // Imported again (its own export), nothing changes, the photos included.
    const exported = (await app.inject('/api/v1/export/vcard')).body;
    const before = (await app.inject('/api/v1/photos')).json();
    const again = await app.inject({
      method: 'POST',
      url: '/api/v1/import/vcard',
      payload: exported,
      headers: { 'content-type': 'text/vcard' },
    });
    expect(again.json()).toMatchObject({ created: 0, updated: 0 });
    expect((await app.inject('/api/v1/photos')).json()).toEqual(before);
  });
});
