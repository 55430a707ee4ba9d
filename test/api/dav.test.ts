import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createDAVClient, type DAVAddressBook } from 'tsdav';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { addUser } from '../../src/core/auth/add-user.js';
import { createToken } from '../../src/core/auth/create-token.js';
import { exportBackup } from '../../src/core/backup/export-backup.js';
import { restoreBackup } from '../../src/core/backup/restore-backup.js';
import { readCards } from '../../src/core/dav/read-cards.js';
import { mergePeople } from '../../src/core/dedupe/merge-people.js';
import { createOccasion } from '../../src/core/occasions/create-occasion.js';
import { deleteOccasion } from '../../src/core/occasions/delete-occasion.js';
import { listOccasions } from '../../src/core/occasions/list-occasions.js';
import { createPerson } from '../../src/core/people/create-person.js';
import { setArchived, updatePerson } from '../../src/core/people/update-person.js';
import type { Deps } from '../../src/core/repos.js';
import type { User } from '../../src/core/users/schema.js';
import { buildApp } from '../../src/server/app.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../support/databases.js';

const iphoneCard = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'carddav', 'iphone-card.vcf'), 'utf8');

const card = (lines: string[]) => `BEGIN:VCARD\r\nVERSION:3.0\r\n${lines.join('\r\n')}\r\nEND:VCARD\r\n`;

/**
 * The CardDAV server from the outside: a real HTTP server, driven by tsdav (a CardDAV
 * client library) and by plain requests where a client library would hide the status.
 */
describeEachDatabase('CardDAV', (kind) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let base: string;
  let ada: User;
  let bea: User;
  let adaPassword: string;
  let beaPassword: string;
  const deps = (user: User): Deps => ({ repos: database.repos.forOwner(user.id), now: () => new Date() });
  const accounts = () => ({ repos: database.repos, now: () => new Date() });

  beforeEach(async () => {
    database = await openTestDatabase(kind);
    ada = await addUser(accounts(), { email: 'ada@example.test' });
    bea = await addUser(accounts(), { email: 'bea@example.test' });
    adaPassword = (await createToken(deps(ada), { name: 'phone', dav: true })).token;
    beaPassword = (await createToken(deps(bea), { name: 'phone', dav: true })).token;
    app = await buildApp({ repos: database.repos, webRoot: null });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterEach(async () => {
    await app.close();
    await database.close();
  });

  const basic = (email: string, password: string) => `Basic ${Buffer.from(`${email}:${password}`).toString('base64')}`;
  const asAda = () => basic('ada@example.test', adaPassword);
  const asBea = () => basic('bea@example.test', beaPassword);

  function dav(method: string, path: string, body?: string, headers: Record<string, string> = {}) {
    return fetch(`${base}${path}`, {
      method,
      headers: { authorization: asAda(), 'content-type': 'application/xml; charset=utf-8', ...headers },
      body,
    });
  }

  async function client(email: string, password: string) {
    return createDAVClient({
      serverUrl: `${base}/.well-known/carddav`,
      credentials: { username: email, password },
      authMethod: 'Basic',
      defaultAccountType: 'carddav',
    });
  }

  it('is found from /.well-known/carddav, lists, fetches, creates, updates with ETags and syncs with a token (tsdav)', async () => {
    const person = await createPerson(deps(ada), {
      displayName: 'Ada Okafor',
      emails: [{ value: 'ada.okafor@northwind.example', label: 'work' }],
      tier: 'inner',
      topics: ['supply chain'],
    });
    const phone = await client('ada@example.test', adaPassword);
    const books = await phone.fetchAddressBooks();
    expect(books.map((book) => book.displayName)).toEqual(['kith']);
    const book = books[0] as DAVAddressBook;
    expect(book.url).toBe(`${base}/dav/addressbooks/kith/`);

    const listed = await phone.fetchVCards({ addressBook: book });
    expect(listed).toHaveLength(1);
    expect(listed[0]?.url).toBe(`${base}/dav/addressbooks/kith/${person.id}.vcf`);
    expect(listed[0]?.data).toContain('FN:Ada Okafor');
    expect(listed[0]?.data).toContain(`UID:urn:kith:${person.id}`);
    expect(listed[0]?.data).not.toContain('X-KITH-TIER');
    const firstEtag = listed[0]?.etag;
    expect(firstEtag).toMatch(/^"\d+"$/);

    const { syncToken } = await phone
      .syncCollection({ url: book.url, props: { 'd:getetag': {} }, syncToken: '' })
      .then(async () => ({ syncToken: (await phone.fetchAddressBooks())[0]?.syncToken }));
    expect(syncToken).toMatch(/^urn:kith:sync:\d+$/);

    const created = await phone.createVCard({
      addressBook: book,
      filename: 'mei.vcf',
      vCardString: iphoneCard,
    });
    expect(created.status).toBe(201);
    const people = await deps(ada).repos.people.all();
    const mei = people.find((p) => p.displayName === 'Mei Lindqvist');
    expect(mei).toMatchObject({
      company: 'Fjord Analytics',
      title: 'Head of Data',
      emails: [{ value: 'mei@fjord.example', label: 'other' }],
      notes: 'Met at Strata, talked about lakehouses',
    });

    // The card comes back with what kith does not model, unchanged.
    const [meiCard] = await phone.fetchVCards({ addressBook: book, objectUrls: [`${book.url}mei.vcf`] });
    for (const line of [
      // The address is Mei's, kith's to write: the phone's group and label as kith's TYPE.
      'ADR;TYPE=home:;;Storgatan 1;Stockholm;;111 22;Sweden',
      'IMPP;X-SERVICE-TYPE=Skype;type=HOME:skype:mei.lindqvist',
      'RELATED;TYPE=spouse:urn:uuid:0d1e2f30-0000-4000-8000-000000000001',
      'X-PHONETIC-FIRST-NAME:Mei',
      'UID:8c9e0f12-3a4b-4c5d-9e8f-0a1b2c3d4e5f',
    ]) {
      expect(meiCard?.data.replace(/\r\n /g, '')).toContain(line);
    }
    expect(meiCard?.data.replace(/\r\n /g, '')).toContain('PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ');
    expect(meiCard?.data).not.toContain('item1.X-ABLabel');
    expect(meiCard?.data).not.toContain('item2.');

    // Update with the current ETag; kith-only fields stay.
    const adaCard = listed[0];
    if (!adaCard) throw new Error('no card');
    const edited = { ...adaCard, data: adaCard.data.replace('FN:Ada Okafor', 'FN:Ada N. Okafor') };
    const updated = await phone.updateVCard({ vCard: edited });
    expect(updated.status).toBe(204);
    const after = await deps(ada).repos.people.get(person.id);
    expect(after).toMatchObject({ displayName: 'Ada N. Okafor', tier: 'inner', topics: ['supply chain'] });

    // The same stale ETag again is refused and changes nothing.
    const stale = await phone.updateVCard({ vCard: { ...edited, data: edited.data.replace('Ada N.', 'Stale') } });
    expect(stale.status).toBe(412);
    expect((await deps(ada).repos.people.get(person.id))?.displayName).toBe('Ada N. Okafor');

    // Sync from the token: Ada's edit and Mei's creation, nothing else.
    const changes = await phone.syncCollection({ url: book.url, props: { 'd:getetag': {} }, syncToken });
    const hrefs = changes.map((change) => change.href).sort();
    expect(hrefs).toEqual([`/dav/addressbooks/kith/${person.id}.vcf`, '/dav/addressbooks/kith/mei.vcf'].sort());
    expect(changes.every((change) => change.props?.getetag)).toBe(true);
    const newToken = (await phone.fetchAddressBooks())[0]?.syncToken;
    const none = await phone.syncCollection({ url: book.url, props: { 'd:getetag': {} }, syncToken: newToken });
    // tsdav gives back the empty multistatus itself (its new token), with no card in it.
    expect(none.filter((change) => change.href)).toEqual([]);
  });

  it('redirects /.well-known/carddav to /dav/ whatever the method and body, before any sign-in', async () => {
    const propfind = '<d:propfind xmlns:d="DAV:"><d:prop><d:current-user-principal/></d:prop></d:propfind>';
    const tries: [string, string | undefined, Record<string, string>][] = [
      ['GET', undefined, {}],
      ['PROPFIND', undefined, {}],
      ['PROPFIND', propfind, { 'content-type': 'application/xml; charset=utf-8' }],
      ['PROPFIND', propfind, { 'content-type': 'text/xml' }],
      ['REPORT', propfind, {}],
      ['OPTIONS', undefined, {}],
      ['POST', '{"a":1}', { 'content-type': 'application/json' }],
    ];
    for (const [method, body, headers] of tries) {
      const response = await fetch(`${base}/.well-known/carddav`, { method, body, headers, redirect: 'manual' });
      expect(response.status, `${method} ${headers['content-type'] ?? ''}`).toBe(301);
      expect(response.headers.get('location')).toBe('/dav/');
    }
  });

  it('deletes by archiving, restorable; a delete in kith is reported gone by sync; ETags move only when the card does', async () => {
    const person = await createPerson(deps(ada), { displayName: 'Bo Lind', emails: [{ value: 'bo@example.test' }] });
    const other = await createPerson(deps(ada), { displayName: 'Cy Gone' });
    const book = '/dav/addressbooks/kith/';
    const propfind = async () => {
      const response = await dav(
        'PROPFIND',
        book,
        '<d:propfind xmlns:d="DAV:"><d:prop><d:getetag/><d:sync-token/></d:prop></d:propfind>',
        { depth: '1' },
      );
      expect(response.status).toBe(207);
      return response.text();
    };
    const etagOf = (xml: string, id: string) =>
      xml.match(new RegExp(`${id}\\.vcf</d:href><d:propstat><d:prop><d:getetag>([^<]+)<`))?.[1];
    const before = await propfind();
    const token = before.match(/urn:kith:sync:\d+/)?.[0] ?? '';

    // kith-only changes leave the card and its ETag alone; a card field moves it.
    await updatePerson(deps(ada), person.id, { tier: 'close', topics: ['sailing'] });
    expect(etagOf(await propfind(), person.id)).toBe(etagOf(before, person.id));
    await updatePerson(deps(ada), person.id, { title: 'Skipper' });
    const moved = etagOf(await propfind(), person.id);
    expect(moved).not.toBe(etagOf(before, person.id));

    const stale = await dav('DELETE', `${book}${person.id}.vcf`, undefined, {
      'if-match': etagOf(before, person.id) ?? '',
    });
    expect(stale.status).toBe(412);
    const deleted = await dav('DELETE', `${book}${person.id}.vcf`, undefined, { 'if-match': moved ?? '' });
    expect(deleted.status).toBe(204);
    expect(await deps(ada).repos.people.get(person.id)).toMatchObject({ archived: true, title: 'Skipper' });
    expect((await dav('GET', `${book}${person.id}.vcf`)).status).toBe(404);

    await deps(ada).repos.people.remove(other.id);
    const sync = await dav(
      'REPORT',
      book,
      `<d:sync-collection xmlns:d="DAV:"><d:sync-token>${token}</d:sync-token><d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>`,
    );
    const text = await sync.text();
    expect(text).toContain(
      `<d:href>/dav/addressbooks/kith/${person.id}.vcf</d:href><d:status>HTTP/1.1 404 Not Found</d:status>`,
    );
    expect(text).toContain(
      `<d:href>/dav/addressbooks/kith/${other.id}.vcf</d:href><d:status>HTTP/1.1 404 Not Found</d:status>`,
    );

    await setArchived(deps(ada), person.id, false);
    expect((await dav('GET', `${book}${person.id}.vcf`)).status).toBe(200);
  });

  it('a new card with an email kith knows updates that person and answers at the new name', async () => {
    const known = await createPerson(deps(ada), {
      displayName: 'Dana Reyes',
      emails: [{ value: 'dana@example.test' }],
      tier: 'close',
    });
    const put = await dav(
      'PUT',
      '/dav/addressbooks/kith/phone-dana.vcf',
      card(['FN:Dana R', 'EMAIL:dana@example.test', 'TEL:+1 415 555 0142', 'UID:phone-dana']),
      {
        'content-type': 'text/vcard',
        'if-none-match': '*',
      },
    );
    expect(put.status).toBe(201);
    // kith changed the card (merged it), so no ETag: the client fetches it.
    expect(put.headers.get('etag')).toBeNull();
    const people = await deps(ada).repos.people.all();
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ id: known.id, displayName: 'Dana Reyes', tier: 'close' });
    expect(people[0]?.phones.map((phone) => phone.value)).toEqual(['+1 415 555 0142']);
    expect((await dav('GET', `/dav/addressbooks/kith/${known.id}.vcf`)).status).toBe(404);
    const got = await dav('GET', '/dav/addressbooks/kith/phone-dana.vcf');
    expect(await got.text()).toContain('UID:phone-dana');
    const again = await dav('PUT', '/dav/addressbooks/kith/phone-dana.vcf', card(['FN:X', 'UID:phone-dana']), {
      'if-none-match': '*',
    });
    expect(again.status).toBe(412);
  });

  it("writes kith's edit of a phone's address on the card, in place of the phone's", async () => {
    const put = await dav(
      'PUT',
      '/dav/addressbooks/kith/lucia.vcf',
      card([
        'N:García;Lucía;;;',
        'FN:Lucía García',
        'item4.ADR;type=HOME:;;Calle Mayor 1;Madrid;;28013;Spain',
        'item4.X-ABLabel:_$!<Home>!$_',
        'UID:lucia-phone',
      ]),
      { 'content-type': 'text/vcard', 'if-none-match': '*' },
    );
    expect(put.status).toBe(201);
    const [lucia] = await deps(ada).repos.people.findByName('Lucía García');
    expect(lucia?.addresses).toEqual([
      { label: 'home', street: 'Calle Mayor 1', city: 'Madrid', region: null, postcode: '28013', country: 'Spain' },
    ]);
    const address = {
      label: 'home',
      street: 'Gran Vía 2',
      city: 'Madrid',
      region: null,
      postcode: '28013',
      country: 'Spain',
    };
    await updatePerson(deps(ada), lucia?.id ?? '', { addresses: [address] });
    const got = await (await dav('GET', '/dav/addressbooks/kith/lucia.vcf')).text();
    expect(got).toContain('ADR;TYPE=home:;;Gran Vía 2;Madrid;;28013;Spain\r\n');
    expect(got).not.toContain('Calle Mayor');
    expect(got.match(/ADR/g)).toHaveLength(1);
    // Removed in kith, gone from the card: only the location is left, as kith writes it.
    await updatePerson(deps(ada), lucia?.id ?? '', { addresses: [] });
    const cleared = await (await dav('GET', '/dav/addressbooks/kith/lucia.vcf')).text();
    expect(cleared.match(/ADR.*/g)).toEqual(['ADR:;;;Madrid\\, Spain;;;']);
  });

  it("keeps a phone's anniversary and other dates as the person's occasions, both ways, never twice", async () => {
    const href = '/dav/addressbooks/kith/tunde.vcf';
    const sent = card([
      'N:Bakare;Tunde;;;',
      'FN:Tunde Bakare',
      'item1.X-ABDATE;type=pref:2012-07-01',
      'item1.X-ABLabel:_$!<Anniversary>!$_',
      'item2.X-ABDATE;X-APPLE-OMIT-YEAR=1604:1604-03-02',
      'item2.X-ABLabel:Name day',
      'UID:tunde-phone',
    ]);
    expect((await dav('PUT', href, sent, { 'content-type': 'text/vcard', 'if-none-match': '*' })).status).toBe(201);
    const [tunde] = await deps(ada).repos.people.findByName('Tunde Bakare');
    const dates = async () =>
      (await listOccasions(deps(ada), tunde?.id ?? '')).map((occasion) => `${occasion.label} ${occasion.date}`).sort();
    expect(await dates()).toEqual(['Name day --03-02', 'anniversary 2012-07-01']);

    // The phone's copy carries them in 3.0's forms (and 4.0's when asked); sent back as it came, nothing doubles.
    const got = await dav('GET', href);
    const text = await got.text();
    expect(text).toContain('\r\nX-ANNIVERSARY:2012-07-01\r\n');
    // In the year's order, as kith lists them.
    expect(text).toContain('\r\nitem1.X-ABDATE;X-APPLE-OMIT-YEAR=1604:1604-03-02\r\nitem1.X-ABLabel:Name day\r\n');
    expect(text).toContain('\r\nitem2.X-ABDATE:2012-07-01\r\nitem2.X-ABLabel:_$!<Anniversary>!$_\r\n');
    const v4 = await (await dav('GET', href, undefined, { accept: 'text/vcard; version=4.0' })).text();
    expect(v4).toContain('\r\nANNIVERSARY:20120701\r\n');
    const etag = got.headers.get('etag') ?? '';
    const back = await dav('PUT', href, text, { 'content-type': 'text/vcard', 'if-match': etag });
    expect(back.status).toBe(204);
    expect(back.headers.get('etag')).toBe(etag);
    expect(await dates()).toEqual(['Name day --03-02', 'anniversary 2012-07-01']);

    // A client edits one of the anniversary's two forms and keeps the other as it was (khard
    // rewrites X-ANNIVERSARY, an iPhone its X-ABDATE): the edit is the anniversary, once.
    const edits: [string, string, string][] = [
      ['X-ANNIVERSARY:2012-07-01', 'X-ANNIVERSARY:2013-07-01', 'anniversary 2013-07-01'],
      ['item2.X-ABDATE:2013-07-01', 'item2.X-ABDATE:2014-07-01', 'anniversary 2014-07-01'],
    ];
    for (const [from, to, expected] of edits) {
      const now = await dav('GET', href);
      const edited = (await now.text()).replace(from, to);
      expect(edited, to).toContain(to);
      const sentEdit = await dav('PUT', href, edited, {
        'content-type': 'text/vcard',
        'if-match': now.headers.get('etag') ?? '',
      });
      expect(sentEdit.status).toBe(204);
      expect(await dates(), to).toEqual(['Name day --03-02', expected]);
    }

    // A date added in kith reaches the phone (the card's ETag moves); one removed on the phone is removed.
    const added = await createOccasion(deps(ada), {
      personId: tunde?.id ?? '',
      label: 'work anniversary',
      date: '2019-09-01',
    });
    const moved = await dav('GET', href);
    expect(moved.headers.get('etag')).not.toBe(etag);
    expect(await moved.text()).toContain('X-ABLabel:work anniversary\r\n');
    await deleteOccasion(deps(ada), added.id);
    const withoutNameDay = text.replace(/item1\.X-ABDATE.*\r\nitem1\.X-ABLabel:Name day\r\n/, '');
    expect(withoutNameDay).not.toContain('Name day');
    const current = (await dav('GET', href)).headers.get('etag') ?? '';
    const edit = await dav('PUT', href, withoutNameDay, { 'content-type': 'text/vcard', 'if-match': current });
    expect(edit.status).toBe(204);
    expect(await dates()).toEqual(['anniversary 2012-07-01']);
    // A date that is not one is refused, naming it, and changes nothing.
    const bad = await dav('PUT', href, text.replace('X-ANNIVERSARY:2012-07-01', 'X-ANNIVERSARY:2012-13-45'), {
      'content-type': 'text/vcard',
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('anniversary "2012-13-45": date is not a real calendar date');
    expect(await dates()).toEqual(['anniversary 2012-07-01']);
  });

  it("gives back a card's department, name prefix and suffix and nicknames as sent, and kith's edits of them", async () => {
    const sent = card([
      'N:de la Cruz;María;José;Dr.;Jr.',
      'FN:María José de la Cruz',
      'NICKNAME:Majo,MJ',
      'ORG:Acme Corp;Robotics',
      'UID:maria-phone',
    ]);
    const put = await dav('PUT', '/dav/addressbooks/kith/maria.vcf', sent, { 'content-type': 'text/vcard' });
    expect(put.status).toBe(201);
    // Stored as sent: the ETag comes back, and the card is the card.
    expect(put.headers.get('etag')).toMatch(/^"\d+"$/);
    const got = await (await dav('GET', '/dav/addressbooks/kith/maria.vcf')).text();
    for (const line of ['N:de la Cruz;María;José;Dr.;Jr.', 'NICKNAME:Majo,MJ', 'ORG:Acme Corp;Robotics']) {
      expect(got).toContain(`\r\n${line}\r\n`);
    }
    const [maria] = await deps(ada).repos.people.findByName('María José de la Cruz');
    await updatePerson(deps(ada), maria?.id ?? '', { company: 'Beta Labs', givenName: 'Marisa' });
    const edited = await (await dav('GET', '/dav/addressbooks/kith/maria.vcf')).text();
    expect(edited).toContain('\r\nORG:Beta Labs\r\n');
    expect(edited).toContain('\r\nN:de la Cruz;Marisa;;;\r\n');
    expect(edited).toContain('\r\nNICKNAME:Majo,MJ\r\n');
    expect(edited).not.toContain('Robotics');
  });

  it("refuses a new card with another card's UID (RFC 6352 no-uid-conflict, naming it) and changes nothing", async () => {
    const known = await createPerson(deps(ada), { displayName: 'Dana Reyes', company: 'Northwind', tier: 'close' });
    const phoneMade = await dav('PUT', '/dav/addressbooks/kith/eli.vcf', card(['FN:Eli Ward', 'UID:eli-phone']), {
      'content-type': 'text/vcard',
      'if-none-match': '*',
    });
    expect(phoneMade.status).toBe(201);
    const before = await (await dav('PROPFIND', '/dav/addressbooks/kith/', undefined, { depth: '1' })).text();
    const people = await deps(ada).repos.people.all();

    const taken: [string, string][] = [
      [`urn:kith:${known.id}`, `/dav/addressbooks/kith/${known.id}.vcf`],
      ['eli-phone', '/dav/addressbooks/kith/eli.vcf'],
    ];
    for (const [uid, href] of taken) {
      const put = await dav(
        'PUT',
        '/dav/addressbooks/kith/copy.vcf',
        card(['FN:Someone Else', 'ORG:Elsewhere', `UID:${uid}`]),
        {
          'content-type': 'text/vcard',
          'if-none-match': '*',
        },
      );
      expect(put.status, uid).toBe(409);
      expect(await put.text()).toContain(
        `<d:error xmlns:d="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav" xmlns:cs="http://calendarserver.org/ns/"><card:no-uid-conflict><d:href>${href}</d:href></card:no-uid-conflict></d:error>`,
      );
    }
    expect(await deps(ada).repos.people.all()).toEqual(people);
    expect(await (await dav('PROPFIND', '/dav/addressbooks/kith/', undefined, { depth: '1' })).text()).toBe(before);
    expect((await dav('GET', '/dav/addressbooks/kith/copy.vcf')).status).toBe(404);
    // The card itself, sent to its own name, is no conflict.
    const own = await dav(
      'PUT',
      '/dav/addressbooks/kith/eli.vcf',
      card(['FN:Eli Ward', 'TITLE:Chef', 'UID:eli-phone']),
    );
    expect(own.status).toBe(204);
  });

  it('keeps raw properties through a merge and through a JSON backup and restore', async () => {
    const kept = await createPerson(deps(ada), { displayName: 'Mei Lindqvist', tier: 'inner' });
    const put = await dav('PUT', '/dav/addressbooks/kith/mei.vcf', iphoneCard, { 'content-type': 'text/vcard' });
    expect(put.status).toBe(201);
    const phoneMei = (await deps(ada).repos.people.all()).find((person) => person.id !== kept.id);
    await mergePeople(deps(ada), { keepId: kept.id, otherId: phoneMei?.id ?? '' });
    expect((await dav('GET', '/dav/addressbooks/kith/mei.vcf')).status).toBe(404);
    const merged = await (await dav('GET', `/dav/addressbooks/kith/${kept.id}.vcf`)).text();
    expect(merged).toContain('IMPP;X-SERVICE-TYPE=Skype;type=HOME:skype:mei.lindqvist');
    expect(merged).toContain(`UID:urn:kith:${kept.id}`);

    const backup = JSON.parse(JSON.stringify(await exportBackup(deps(ada))));
    const restored = await openTestDatabase(kind);
    try {
      const owner = await addUser({ repos: restored.repos, now: () => new Date() }, { email: 'ada@example.test' });
      const restoredDeps = { repos: restored.repos.forOwner(owner.id), now: () => new Date() };
      await restoreBackup(restoredDeps, backup);
      const [card] = await readCards(restoredDeps, [`${kept.id}.vcf`]);
      expect(card?.card).toBe(merged);
    } finally {
      await restored.close();
    }
  });

  it('after a backup restored elsewhere, repeats no ETag or sync token a phone holds: a stale If-Match is 412, an old token refused', async () => {
    const report = (at: string, auth: string, token: string) =>
      fetch(`${at}/dav/addressbooks/kith/`, {
        method: 'REPORT',
        headers: { authorization: auth, depth: '1', 'content-type': 'application/xml; charset=utf-8' },
        body: `<?xml version="1.0"?><d:sync-collection xmlns:d="DAV:"><d:sync-token>${token}</d:sync-token><d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>`,
      });
    const etagsIn = (xml: string) => [...xml.matchAll(/<d:getetag>([^<]+)<\/d:getetag>/g)].map((match) => match[1]);

    const ann = await createPerson(deps(ada), { displayName: 'Ann Arbor' });
    await createPerson(deps(ada), { displayName: 'Ben Bold' });
    await updatePerson(deps(ada), ann.id, { title: 'Engineer' });
    const phone = await (await report(base, asAda(), '')).text();
    const heldToken = phone.match(/<d:sync-token>([^<]+)<\/d:sync-token>/)?.[1] ?? '';
    const heldEtags = etagsIn(phone);
    const heldAnn = (await dav('GET', `/dav/addressbooks/kith/${ann.id}.vcf`)).headers.get('etag') ?? '';
    expect(heldEtags).toHaveLength(2);

    const backup = JSON.parse(JSON.stringify(await exportBackup(deps(ada))));
    const restored = await openTestDatabase(kind);
    const restoredApp = await buildApp({ repos: restored.repos, webRoot: null });
    try {
      const owner = await addUser({ repos: restored.repos, now: () => new Date() }, { email: 'ada@example.test' });
      const restoredDeps = { repos: restored.repos.forOwner(owner.id), now: () => new Date() };
      const password = (await createToken(restoredDeps, { name: 'phone', dav: true })).token;
      const auth = basic('ada@example.test', password);
      const at = await restoredApp.listen({ port: 0, host: '127.0.0.1' });
      await restoreBackup(restoredDeps, backup);
      // Edits after the restore move the restored clock as far as the old one had gone.
      await updatePerson(restoredDeps, ann.id, { title: 'Chief engineer' });
      await updatePerson(restoredDeps, ann.id, { title: 'Chief engineer, retired' });

      const now = await (await report(at, auth, '')).text();
      for (const etag of etagsIn(now)) expect(heldEtags).not.toContain(etag);
      const annNow = await fetch(`${at}/dav/addressbooks/kith/${ann.id}.vcf`, { headers: { authorization: auth } });
      expect(annNow.headers.get('etag')).not.toBe(heldAnn);
      const stale = await fetch(`${at}/dav/addressbooks/kith/${ann.id}.vcf`, {
        method: 'PUT',
        headers: { authorization: auth, 'content-type': 'text/vcard', 'if-match': heldAnn },
        body: card(['FN:Ann from the phone', 'N:;Ann;;;', `UID:urn:kith:${ann.id}`]),
      });
      expect(stale.status).toBe(412);
      const old = await report(at, auth, heldToken);
      expect(old.status).toBe(403);
      expect(await old.text()).toContain('valid-sync-token');
      // A token of the restored kith syncs as before.
      const token = now.match(/<d:sync-token>([^<]+)<\/d:sync-token>/)?.[1] ?? '';
      expect((await report(at, auth, token)).status).toBe(207);
    } finally {
      await restoredApp.close();
      await restored.close();
    }
  });

  it('refuses a malformed card with its line, an oversize one with 413, and writes nothing', async () => {
    const bad = await dav('PUT', '/dav/addressbooks/kith/bad.vcf', 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Half\r\n', {
      'content-type': 'text/vcard',
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/line 1/);
    const big = await dav(
      'PUT',
      '/dav/addressbooks/kith/big.vcf',
      card(['FN:Big', `NOTE:${'x'.repeat(16 * 1024 * 1024)}`]),
      {
        'content-type': 'text/vcard',
      },
    );
    expect(big.status).toBe(413);
    expect(await big.text()).toBe('A card may be at most 16 MiB\n');
    const badXml = await dav('REPORT', '/dav/addressbooks/kith/', '<d:sync-collection xmlns:d="DAV:">\n<d:sync-token>');
    expect(badXml.status).toBe(400);
    expect(await deps(ada).repos.people.count()).toBe(0);
  });

  it("stores a phone's photo resized, serves it back on the card, removes it with the PHOTO line, and refuses a bad one", async () => {
    const portrait = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'photos', 'portrait-rotated.jpg'));
    const put = (lines: string[]) =>
      dav('PUT', '/dav/addressbooks/kith/rosa.vcf', card(lines), { 'content-type': 'text/vcard' });
    const created = await put([
      'FN:Rosa Delgado',
      `PHOTO;ENCODING=b;TYPE=JPEG:${portrait.toString('base64')}`,
      'UID:r',
    ]);
    expect(created.status).toBe(201);
    // Stored resized, so not as sent: no ETag, the client fetches the card.
    expect(created.headers.get('etag')).toBeNull();
    const [rosa] = await deps(ada).repos.people.findByName('Rosa Delgado');
    const stored = await deps(ada).repos.photos.get(rosa?.id ?? '');
    expect(stored).toMatchObject({ kind: 'image', width: 384, height: 512 });
    const fetched = await dav('GET', '/dav/addressbooks/kith/rosa.vcf');
    const etag = fetched.headers.get('etag') ?? '';
    const text = (await fetched.text()).replace(/\r\n /g, '');
    expect(text).toContain(`PHOTO;ENCODING=b;TYPE=JPEG:${stored?.kind === 'image' ? stored.data : ''}\r\n`);

    // Sent back as served, it changes nothing: the same ETag.
    const same = await dav('PUT', '/dav/addressbooks/kith/rosa.vcf', text, {
      'content-type': 'text/vcard',
      'if-match': etag,
    });
    expect(same.status).toBe(204);
    expect(same.headers.get('etag')).toBe(etag);

    // An undecodable photo is 400 in words, and the photo before stays.
    const bad = await put([
      'FN:Rosa Delgado',
      `PHOTO;ENCODING=b;TYPE=JPEG:${Buffer.from('no picture here').toString('base64')}`,
      'UID:r',
    ]);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/PHOTO: The photo cannot be read as a picture/);
    expect((await deps(ada).repos.photos.get(rosa?.id ?? ''))?.hash).toBe(stored?.hash);

    // The card without its PHOTO: removed on the phone, removed in kith.
    expect((await put(['FN:Rosa Delgado', 'UID:r'])).status).toBe(204);
    expect(await deps(ada).repos.photos.get(rosa?.id ?? '')).toBeUndefined();
    const after = await dav('GET', '/dav/addressbooks/kith/rosa.vcf');
    expect(await after.text()).not.toContain('PHOTO');
    expect(after.headers.get('etag')).not.toBe(etag);
  });

  it("takes a card with a photo just under 10 MiB (base64, folded) and refuses one over 10 MiB with the photo's 413", async () => {
    // Noise does not compress: a PNG of 9.5 MB, as a phone's camera photo is large.
    const { default: sharp } = await import('sharp');
    const [width, height] = [1800, 1750];
    const noise = await sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
      .png({ compressionLevel: 0 })
      .toBuffer();
    expect(noise.byteLength).toBeGreaterThan(9 * 1024 * 1024);
    expect(noise.byteLength).toBeLessThan(10 * 1024 * 1024);
    const withPhoto = (photo: Buffer) =>
      card([
        'FN:Rosa Delgado',
        `PHOTO;ENCODING=b;TYPE=PNG:${photo.toString('base64')}`.replace(/(.{74})/g, '$1\r\n '),
        'UID:r',
      ]);
    const taken = await dav('PUT', '/dav/addressbooks/kith/rosa.vcf', withPhoto(noise), {
      'content-type': 'text/vcard',
    });
    expect(taken.status).toBe(201);
    const [rosa] = await deps(ada).repos.people.findByName('Rosa Delgado');
    expect(await deps(ada).repos.photos.get(rosa?.id ?? '')).toMatchObject({ kind: 'image', width: 512 });

    const over = await dav(
      'PUT',
      '/dav/addressbooks/kith/rosa.vcf',
      withPhoto(Buffer.concat([noise, randomBytes(1024 * 1024)])),
      { 'content-type': 'text/vcard' },
    );
    expect(over.status).toBe(413);
    expect(await over.text()).toMatch(/^The photo is \d+ KiB; a photo may be at most 10240 KiB\n$/);
  });

  it('answers unknown properties in a 404 propstat in their namespace, gives getcontentlength, and vCard 4.0 when asked', async () => {
    const person = await createPerson(deps(ada), { displayName: 'Ada Okafor', birthday: '--03-11', tier: 'inner' });
    const href = `/dav/addressbooks/kith/${person.id}.vcf`;
    const propfind = await dav(
      'PROPFIND',
      '/dav/addressbooks/kith/',
      '<d:propfind xmlns:d="DAV:" xmlns:x="urn:example:unknown"><d:prop><d:getetag/><d:getcontentlength/><x:colour/><d:quota-used-bytes/></d:prop></d:propfind>',
      { depth: '1' },
    );
    expect(propfind.status).toBe(207);
    const xml = await propfind.text();
    const cardPart = xml.slice(xml.indexOf(`<d:href>${href}</d:href>`));
    const served = await dav('GET', href);
    const body = await served.text();
    expect(cardPart).toMatch(
      new RegExp(`<d:getcontentlength>${Buffer.byteLength(body)}</d:getcontentlength>.*HTTP/1.1 200 OK`),
    );
    expect(cardPart).toContain(
      '<d:propstat><d:prop><colour xmlns="urn:example:unknown"/><quota-used-bytes xmlns="DAV:"/></d:prop><d:status>HTTP/1.1 404 Not Found</d:status></d:propstat>',
    );
    // The book itself has no content length: a 404 propstat, beside its ETag.
    const bookPart = xml.slice(0, xml.indexOf(`<d:href>${href}</d:href>`));
    expect(bookPart).toMatch(/<getcontentlength xmlns="DAV:"\/>.*404 Not Found/);
    expect(bookPart).toMatch(/<d:getetag>.*200 OK/);

    // A multiget asking for version 4.0 gets vCard 4.0, with the same ETag.
    const multiget = await dav(
      'REPORT',
      '/dav/addressbooks/kith/',
      `<c:addressbook-multiget xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav"><d:prop><d:getetag/><c:address-data content-type="text/vcard" version="4.0"/></d:prop><d:href>${href}</d:href></c:addressbook-multiget>`,
      { depth: '1' },
    );
    const v4 = await multiget.text();
    expect(v4).toContain('VERSION:4.0');
    expect(v4).toContain('BDAY:--0311');
    expect(v4).toContain(`<d:getetag>${served.headers.get('etag')}</d:getetag>`);
    const plain = await (
      await dav(
        'REPORT',
        '/dav/addressbooks/kith/',
        `<c:addressbook-multiget xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav"><d:prop><c:address-data/></d:prop><d:href>${href}</d:href></c:addressbook-multiget>`,
      )
    ).text();
    expect(plain).toContain('VERSION:3.0');

    // GET: Accept names the version.
    const get4 = await dav('GET', href, undefined, { accept: 'text/vcard; version=4.0' });
    expect(get4.headers.get('content-type')).toBe('text/vcard; charset=utf-8; version=4.0');
    expect(get4.headers.get('etag')).toBe(served.headers.get('etag'));
    expect(await get4.text()).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
    expect(body).toMatch(/^BEGIN:VCARD\r\nVERSION:3\.0\r\n/);
    const book = await dav(
      'PROPFIND',
      '/dav/addressbooks/kith/',
      '<d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav"><d:prop><c:supported-address-data/></d:prop></d:propfind>',
      { depth: '0' },
    );
    expect(await book.text()).toContain('version="4.0"');

    // A 4.0 card a client sends back is read as such: still the same person.
    const edited = (await (await dav('GET', href, undefined, { accept: 'text/vcard; version=4.0' })).text()).replace(
      'FN:Ada Okafor',
      'FN:Ada N. Okafor',
    );
    const put = await dav('PUT', href, edited, {
      'content-type': 'text/vcard',
      'if-match': served.headers.get('etag') ?? '',
    });
    expect(put.status).toBe(204);
    expect((await deps(ada).repos.people.get(person.id))?.displayName).toBe('Ada N. Okafor');
    expect((await deps(ada).repos.people.get(person.id))?.tier).toBe('inner');
  });

  it('answers addressbook-query by FN, EMAIL and TEL', async () => {
    await createPerson(deps(ada), { displayName: 'Adaeze Obi', emails: [{ value: 'adaeze@obi.example' }] });
    await createPerson(deps(ada), { displayName: 'Bruno Diaz', phones: [{ value: '+33 6 12 34 56 78' }] });
    const query = async (prop: string, text: string, matchType = 'contains') => {
      const response = await dav(
        'REPORT',
        '/dav/addressbooks/kith/',
        `<c:addressbook-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav"><d:prop><d:getetag/><c:address-data/></d:prop><c:filter><c:prop-filter name="${prop}"><c:text-match collation="i;unicode-casemap" match-type="${matchType}">${text}</c:text-match></c:prop-filter></c:filter></c:addressbook-query>`,
        { depth: '1' },
      );
      expect(response.status).toBe(207);
      return [...(await response.text()).matchAll(/FN:([^\r\n]+)/g)].map((match) => match[1]);
    };
    expect(await query('FN', 'ADAEZE')).toEqual(['Adaeze Obi']);
    expect(await query('EMAIL', 'obi.example', 'ends-with')).toEqual(['Adaeze Obi']);
    expect(await query('TEL', '12 34')).toEqual(['Bruno Diaz']);
    expect(await query('FN', 'nobody')).toEqual([]);
  });

  it("keeps users apart: another user's card is 404 by URL, absent from REPORTs and from sync", async () => {
    const secret = await createPerson(deps(ada), {
      displayName: 'Zelda Secretkeeper',
      emails: [{ value: 'z@secret.example' }],
    });
    const asB = { authorization: asBea() };
    const url = `/dav/addressbooks/kith/${secret.id}.vcf`;
    for (const method of ['GET', 'DELETE', 'PROPFIND']) {
      expect((await dav(method, url, undefined, asB)).status, method).toBe(404);
    }
    const put = await dav('PUT', url, card(['FN:Hijack', `UID:urn:kith:${secret.id}`]), { ...asB, 'if-match': '"1"' });
    expect(put.status).toBe(412);
    const reports = [
      `<c:addressbook-multiget xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav"><d:prop><d:getetag/><c:address-data/></d:prop><d:href>${url}</d:href></c:addressbook-multiget>`,
      '<c:addressbook-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav"><d:prop><c:address-data/></d:prop></c:addressbook-query>',
      '<d:sync-collection xmlns:d="DAV:"><d:sync-token/><d:prop><d:getetag/></d:prop></d:sync-collection>',
      '<d:sync-collection xmlns:d="DAV:"><d:sync-token>urn:kith:sync:0</d:sync-token><d:prop><d:getetag/></d:prop></d:sync-collection>',
    ];
    for (const report of reports) {
      const response = await dav('REPORT', '/dav/addressbooks/kith/', report, { ...asB, depth: '1' });
      const text = await response.text();
      expect(text).not.toContain('Zelda');
      expect(text).not.toContain(`${secret.id}.vcf</d:href><d:propstat>`);
    }
    const listing = await (await dav('PROPFIND', '/dav/addressbooks/kith/', undefined, { ...asB, depth: '1' })).text();
    expect(listing).not.toContain(secret.id);
    // Bea's own sync token is worthless for Ada's changes, and a token from the future is refused.
    const future = await dav(
      'REPORT',
      '/dav/addressbooks/kith/',
      '<d:sync-collection xmlns:d="DAV:"><d:sync-token>urn:kith:sync:999</d:sync-token><d:prop><d:getetag/></d:prop></d:sync-collection>',
      asB,
    );
    expect(future.status).toBe(403);
    expect(await future.text()).toContain('valid-sync-token');
    expect((await deps(ada).repos.people.get(secret.id))?.displayName).toBe('Zelda Secretkeeper');
  });

  it('signs in only with an app password: not the login password, not an API token, not another account', async () => {
    await addUser(accounts(), { email: 'cy@example.test', password: 'correct horse battery' });
    const api = await createToken(deps(ada), { name: 'script' });
    const tries = [
      basic('cy@example.test', 'correct horse battery'),
      basic('ada@example.test', api.token),
      basic('bea@example.test', adaPassword),
      basic('ada@example.test', 'wrong'),
    ];
    for (const authorization of tries) {
      const response = await dav('PROPFIND', '/dav/', undefined, { authorization });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Basic/);
    }
    // Typed on a phone: any case, without the dashes.
    const typed = basic('ADA@example.test', adaPassword.replace(/-/g, '').toUpperCase());
    expect((await dav('PROPFIND', '/dav/', undefined, { authorization: typed, depth: '0' })).status).toBe(207);
    // The app password is no Bearer token for the API.
    const bearer = await fetch(`${base}/api/v1/people`, { headers: { authorization: `Bearer ${adaPassword}` } });
    expect(bearer.status).toBe(401);
  });

  it('counts failed sign-ins like the sign-in form: the 11th try in 15 minutes is 429', async () => {
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const response = await dav('PROPFIND', '/dav/', undefined, { authorization: basic('ada@example.test', 'nope') });
      expect(response.status).toBe(401);
    }
    const blocked = await dav('PROPFIND', '/dav/');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
