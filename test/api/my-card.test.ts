import type { FastifyInstance } from 'fastify';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { exportBackup } from '../../src/core/backup/export-backup.js';
import { restoreBackup } from '../../src/core/backup/restore-backup.js';
import { getMyCard } from '../../src/core/my-card/get-my-card.js';
import type { MyCardView } from '../../src/core/my-card/schema.js';
import type { Deps } from '../../src/core/repos.js';
import { parseContacts } from '../../src/formats/contacts.js';
import { scanPixels } from '../../src/web/people/scan-pixels.js';
import { appActingAs } from '../support/api.js';
import { createOwner, describeEachDatabase, openTestDatabase, type TestDatabase } from '../support/databases.js';

/** Issue 19 item 4: your own card, its fields chosen, as a vCard, a QR code and a secret download link. */
describeEachDatabase('my card API', (kind) => {
  let database: TestDatabase;
  let owner: Deps & { ownerId: string };
  let app: FastifyInstance;
  let other: FastifyInstance;
  let secondId: string;

  beforeEach(async () => {
    database = await openTestDatabase(kind);
    owner = await createOwner(database.repos, { email: 'ada@example.com' });
    const second = await createOwner(database.repos, { email: 'second@example.com' });
    app = await appActingAs(owner.ownerId, { repos: database.repos });
    other = await appActingAs(second.ownerId, { repos: database.repos });
    secondId = second.ownerId;
  });
  afterEach(async () => {
    await app.close();
    await other.close();
    await database.close();
  });

  const patch = (payload: Record<string, unknown>, target = app) =>
    target.inject({ method: 'PATCH', url: '/api/v1/my-card', payload });
  const download = (path: string) => app.inject({ url: path, headers: { authorization: '' } });

  it('starts from your account email, keeps the fields you write, and shows only the ones you choose', async () => {
    const initial = (await app.inject('/api/v1/my-card')).json<MyCardView>();
    expect(initial).toMatchObject({ name: '', email: 'ada@example.com', shown: ['email'], link: { enabled: false } });

    const saved = await patch({
      name: 'Ada Lovelace',
      title: 'Analyst',
      company: 'Engines; Ltd',
      phone: '+44 20 7946 0958',
      links: ['https://www.linkedin.com/in/ada-lovelace'],
      location: 'London',
      shown: ['links', 'title', 'company'],
    });
    expect(saved.statusCode).toBe(200);
    const card = saved.json<MyCardView>();
    // In the card's order whatever order they came in; email written but not shown.
    expect(card.shown).toEqual(['title', 'company', 'links']);
    expect(card.vcard).toContain('FN:Ada Lovelace\r\n');
    expect(card.vcard).toContain('ORG:Engines\\; Ltd\r\n');
    expect(card.vcard).not.toContain('ada@example.com');
    expect(card.vcard).not.toContain('7946');
    expect(card.vcard).not.toContain('London');

    // The server's own vCard reader reads it back: only the shown fields.
    const [record] = await parseContacts('vcard', card.vcard);
    expect(record).toMatchObject({
      displayName: 'Ada Lovelace',
      givenName: 'Ada',
      familyName: 'Lovelace',
      title: 'Analyst',
      company: 'Engines; Ltd',
      emails: [],
      phones: [],
    });
    expect(record?.links.map((link) => link.url)).toEqual(['https://www.linkedin.com/in/ada-lovelace']);

    // The local owner's placeholder address is not put on a card.
    const local = await createOwner(database.repos, { email: 'owner@localhost' });
    expect(await getMyCard(local)).toMatchObject({ email: '', shown: [] });

    // Another user's card is their own.
    expect((await other.inject('/api/v1/my-card')).json()).toMatchObject({ name: '', email: 'second@example.com' });
  });

  it('refuses a card without a name, a bad email or link, and an unknown field, in words', async () => {
    for (const [payload, field] of [
      [{ name: '  ' }, 'name'],
      [{ name: 'Ada', email: 'not-an-email' }, 'email'],
      [{ name: 'Ada', links: ['javascript:alert(1)'] }, 'links'],
      [{ name: 'Ada', shown: ['salary'] }, 'shown'],
    ] as const) {
      const response = await patch(payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().error.code).toBe('VALIDATION_FAILED');
      expect(response.json().error.message).toContain(field);
    }
    expect((await app.inject('/api/v1/my-card')).json()).toMatchObject({ name: '', shown: ['email'] });
  });

  it('is read by the scan path: its QR code gives back the fields it shows', async () => {
    const { vcard } = (
      await patch({ name: 'José Núñez', title: 'CTO', phone: '+34 600 000 000', shown: ['title', 'phone', 'email'] })
    ).json<MyCardView>();
    const png = await QRCode.toBuffer(vcard, { errorCorrectionLevel: 'M', scale: 4 });
    const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const pixels = { data: new Uint8ClampedArray(data), width: info.width, height: info.height };
    expect(scanPixels(pixels)).toEqual({
      kind: 'vcard',
      contact: {
        name: 'José Núñez',
        title: 'CTO',
        company: '',
        emails: ['ada@example.com'],
        phones: ['+34 600 000 000'],
        links: [],
        note: '',
      },
    });
  });

  it('serves the card at its secret link as a vCard download; rotate and off make the old link 404', async () => {
    await patch({ name: 'Ada Lovelace', title: 'Analyst', shown: ['title'] });
    const made = await app.inject({ method: 'POST', url: '/api/v1/my-card/link', payload: {} });
    expect(made.statusCode).toBe(201);
    const { path, url } = made.json<{ path: string; url: string }>();
    expect(path).toMatch(new RegExp(`^/card/${owner.ownerId}\\.[A-Za-z0-9_-]{22}$`));
    expect(url).toMatch(/^http:\/\/localhost(:80)?\/card\//);
    expect(url.endsWith(path)).toBe(true);

    const served = await download(path);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('text/vcard; charset=utf-8');
    expect(served.headers['content-disposition']).toBe('attachment; filename="ada-lovelace.vcf"');
    expect(served.body).toContain('TITLE:Analyst');
    expect(served.body).not.toContain('ada@example.com');
    expect((await download(`${path}.vcf`)).statusCode).toBe(200);
    const status = (await app.inject('/api/v1/my-card')).json<MyCardView>().link;
    expect(status).toMatchObject({ enabled: true, lastFetchedAt: expect.any(String) });
    // Only the hash is kept: the secret is nowhere in the database's answer.
    expect(JSON.stringify(await owner.repos.myCard.getLink())).not.toContain(path.split('.')[1]);

    // A second link would hide the first: only rotate replaces it.
    expect((await app.inject({ method: 'POST', url: '/api/v1/my-card/link', payload: {} })).statusCode).toBe(409);
    const rotated = await app.inject({ method: 'POST', url: '/api/v1/my-card/link', payload: { rotate: true } });
    const next = rotated.json<{ path: string }>().path;
    expect((await download(path)).statusCode).toBe(404);
    expect((await download(next)).statusCode).toBe(200);

    for (const wrong of [
      `${next.slice(0, -2)}xx`,
      `/card/${owner.ownerId}`,
      '/card/nothing',
      // The right secret under another owner's id.
      next.replace(owner.ownerId, secondId),
    ]) {
      const response = await download(wrong);
      expect(response.statusCode, wrong).toBe(404);
      expect(response.body).not.toContain('Ada');
    }

    expect((await app.inject({ method: 'DELETE', url: '/api/v1/my-card/link' })).statusCode).toBe(204);
    expect((await download(next)).statusCode).toBe(404);
    expect((await app.inject({ method: 'DELETE', url: '/api/v1/my-card/link' })).statusCode).toBe(404);
    expect((await app.inject('/api/v1/my-card')).json<MyCardView>().link.enabled).toBe(false);
  });

  it('goes into the JSON backup and comes back on restore, without its link', async () => {
    await patch({ name: 'Ada Lovelace', company: 'Engines', shown: ['company'] });
    await app.inject({ method: 'POST', url: '/api/v1/my-card/link', payload: {} });
    const backup = await exportBackup(owner);
    expect(backup.sections.myCard).toEqual([
      { card: expect.objectContaining({ name: 'Ada Lovelace', shown: ['company'] }), updatedAt: expect.any(String) },
    ]);
    const target = await createOwner(database.repos);
    await restoreBackup(target, JSON.parse(JSON.stringify(backup)));
    const restored = await getMyCard(target);
    expect(restored).toMatchObject({ name: 'Ada Lovelace', company: 'Engines', link: { enabled: false } });
    expect(restored.vcard).toBe((await getMyCard(owner)).vcard);
  });
});
