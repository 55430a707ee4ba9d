import { describe, expect, it } from 'vitest';
import type { Person } from '../core/people/schema.js';
import { personToDavCard, readDavCard, sameCardText } from './dav-card.js';

const person: Person = {
  id: '01abc',
  displayName: 'Ada Okafor',
  givenName: 'Ada',
  familyName: 'Okafor',
  nickname: null,
  title: 'Director',
  company: 'Northwind',
  industry: 'Logistics',
  location: 'Lagos',
  birthday: '--05-20',
  tier: 'inner',
  cadenceDays: null,
  howMet: 'at a conference',
  metOn: null,
  introducedById: null,
  notes: null,
  archived: false,
  family: false,
  emails: [{ value: 'ada@example.com', label: 'work' }],
  phones: [],
  links: [],
  tags: [],
  topics: ['supply chain'],
  offers: [],
  needs: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

const card = (lines: string[]) => `BEGIN:VCARD\r\nVERSION:3.0\r\n${lines.join('\r\n')}\r\nEND:VCARD\r\n`;

describe('address-book cards', () => {
  it('keeps what kith does not model, unfolded and unchanged, and reads the rest', async () => {
    const read = await readDavCard(
      card([
        'FN:Mei Lindqvist',
        'item1.EMAIL;type=INTERNET:mei@fjord.example',
        'item1.X-ABLabel:_$!<Other>!$_',
        'item2.ADR;type=HOME:;;Storgatan 1;Stockholm;;;Sweden',
        'item2.X-ABLabel:_$!<Home>!$_',
        'PHOTO;ENCODING=b;TYPE=JPEG:AAAA',
        ' BBBB',
        'URL:example.com/mei',
        'X-CUSTOM:kept',
        'UID:phone-1',
      ]),
    );
    expect(read.record).toMatchObject({ displayName: 'Mei Lindqvist', emails: [{ value: 'mei@fjord.example' }] });
    expect(read.uid).toBe('phone-1');
    expect(read.location).toBeNull();
    // The photo is the person's (issue 21), read unfolded, not kept raw.
    expect(read.record.photo).toEqual({ kind: 'inline', data: 'AAAABBBB' });
    // The address is modeled (the person's addresses), its group's label with it.
    expect(read.record.addresses).toEqual([
      { label: 'home', street: 'Storgatan 1', city: 'Stockholm', region: null, postcode: null, country: 'Sweden' },
    ]);
    expect(read.extras).toEqual(['URL:example.com/mei', 'X-CUSTOM:kept']);
  });

  it("reads kith's own location address as the location, not as a raw address", async () => {
    const read = await readDavCard(card(['FN:Ada', 'ADR:;;;Lagos;;;', 'UID:x']));
    expect(read.location).toBe('Lagos');
    expect(read.extras).toEqual([]);
  });

  it("writes a person's card without kith's own fields, the raw lines after kith's, and reads it back the same", async () => {
    const text = personToDavCard(person, { uid: 'urn:kith:01abc', extras: ['X-CUSTOM:kept'] });
    expect(text).not.toContain('X-KITH-');
    expect(text).toContain('ADR:;;;Lagos;;;');
    expect(text).toMatch(/UID:urn:kith:01abc\r\nX-CUSTOM:kept\r\nEND:VCARD\r\n$/);
    const read = await readDavCard(text);
    expect(read.extras).toEqual(['X-CUSTOM:kept']);
    expect(personToDavCard(person, { uid: 'urn:kith:01abc', extras: read.extras })).toBe(text);
  });

  it("writes the person's addresses in place of an ADR kept raw before kith modeled it, with its label", () => {
    const madrid = {
      label: 'home',
      street: 'Gran Vía 2',
      city: 'Madrid',
      region: null,
      postcode: '28013',
      country: 'Spain',
    };
    const extras = [
      'item4.ADR;type=HOME:;;Calle Mayor 1;Madrid;;28013;Spain',
      'item4.X-ABLabel:_$!<Home>!$_',
      'X-CUSTOM:kept',
    ];
    const text = personToDavCard({ ...person, location: 'Madrid, Spain', addresses: [madrid] }, { uid: 'u', extras });
    expect(text).toContain('ADR;TYPE=home:;;Gran Vía 2;Madrid;;28013;Spain\r\n');
    expect(text).not.toContain('Calle Mayor');
    expect(text).not.toContain('X-ABLabel');
    expect(text).toContain('X-CUSTOM:kept');
    // Without addresses, the location alone, as kith writes it.
    const located = personToDavCard(person, { uid: 'u', extras });
    expect(located.match(/ADR.*/g)).toEqual(['ADR:;;;Lagos;;;']);
  });

  it("keeps a department, a name's middle, prefix and suffix, and more nicknames while kith's part of them stands", async () => {
    const sent = card([
      'N:de la Cruz;María;José;Dr.;Jr.',
      'FN:María José de la Cruz',
      'NICKNAME:Majo,MJ',
      'ORG:Acme Corp;Robotics',
      'UID:maria',
    ]);
    const read = await readDavCard(sent);
    expect(read.record).toMatchObject({
      givenName: 'María José',
      familyName: 'de la Cruz',
      nickname: 'Majo',
      company: 'Acme Corp',
    });
    expect(read.extras).toEqual(['N:de la Cruz;María;José;Dr.;Jr.', 'NICKNAME:Majo,MJ', 'ORG:Acme Corp;Robotics']);
    const maria = {
      ...person,
      displayName: 'María José de la Cruz',
      givenName: 'María José',
      familyName: 'de la Cruz',
      nickname: 'Majo',
      company: 'Acme Corp',
      location: null,
    };
    const back = personToDavCard(maria, { uid: 'maria', extras: read.extras });
    expect(back).toContain('\r\nN:de la Cruz;María;José;Dr.;Jr.\r\n');
    expect(back).toContain('\r\nNICKNAME:Majo,MJ\r\n');
    expect(back).toContain('\r\nORG:Acme Corp;Robotics\r\n');
    expect(back.match(/^(N|ORG|NICKNAME):/gm)).toHaveLength(3);
    // kith's edits reach the card: its own line, the rest given way with the part it stood around.
    const edited = personToDavCard(
      { ...maria, company: 'Beta Labs', familyName: 'Cruz', nickname: 'MJ' },
      { uid: 'maria', extras: read.extras },
    );
    expect(edited).toContain('\r\nN:Cruz;María José;;;\r\n');
    expect(edited).toContain('\r\nNICKNAME:MJ\r\n');
    expect(edited).toContain('\r\nORG:Beta Labs\r\n');
    expect(edited).not.toMatch(/Robotics|Dr\.|Majo/);
    // Parts kith models alone are not kept twice; an ORG with only a department stays as sent.
    expect((await readDavCard(card(['FN:A', 'N:B;A;;;', 'ORG:Acme;', 'NICKNAME:Al', 'UID:a']))).extras).toEqual([]);
    const department = await readDavCard(card(['FN:A', 'ORG:;Robotics', 'UID:a']));
    expect(department.extras).toEqual(['ORG:;Robotics']);
    expect(personToDavCard({ ...person, company: null }, { uid: 'a', extras: department.extras })).toContain(
      '\r\nORG:;Robotics\r\n',
    );
  });

  it("keeps nicknames on several NICKNAME lines as a comma list is kept: the first is kith's, all go back", async () => {
    const robert = {
      ...person,
      displayName: 'Robert Ngata',
      givenName: 'Robert',
      familyName: 'Ngata',
      nickname: 'Bobby',
    };
    for (const lines of [['NICKNAME:Bobby', 'NICKNAME:B'], ['NICKNAME:Bobby,B']]) {
      const read = await readDavCard(card(['FN:Robert Ngata', 'N:Ngata;Robert;;;', ...lines, 'UID:r']));
      expect(read.record.nickname).toBe('Bobby');
      expect(read.extras).toEqual(lines);
      const back = personToDavCard(robert, { uid: 'r', extras: read.extras });
      expect(back.match(/^NICKNAME:.*$/gm)).toEqual(lines);
      // Edited in kith, kith's nickname is written and the others give way with it, for both.
      const edited = personToDavCard({ ...robert, nickname: 'Rob' }, { uid: 'r', extras: read.extras });
      expect(edited.match(/^NICKNAME:.*$/gm)).toEqual(['NICKNAME:Rob']);
    }
  });

  it("models a phone's dates as occasions, and writes them with Apple's groups numbered past the phone's own", async () => {
    const read = await readDavCard(
      card([
        'FN:Ada Okafor',
        'item1.X-ABDATE;type=pref:2012-07-01',
        'item1.X-ABLabel:_$!<Anniversary>!$_',
        'item2.X-ABRELATEDNAMES:Tunde',
        'item2.X-ABLabel:_$!<Spouse>!$_',
        'UID:ada',
      ]),
    );
    expect(read.record.occasions).toEqual([{ label: 'anniversary', date: '2012-07-01' }]);
    expect(read.extras).toEqual(['item2.X-ABRELATEDNAMES:Tunde', 'item2.X-ABLabel:_$!<Spouse>!$_']);
    const back = personToDavCard(person, { uid: 'ada', extras: read.extras }, undefined, '3.0', [
      { label: 'anniversary', date: '2012-07-01' },
      { label: 'name day', date: '--03-02' },
    ]);
    expect(back).toContain('\r\nX-ANNIVERSARY:2012-07-01\r\n');
    expect(back).toContain('\r\nitem1.X-ABDATE:2012-07-01\r\nitem1.X-ABLabel:_$!<Anniversary>!$_\r\n');
    expect(back).toContain('\r\nitem3.X-ABDATE;X-APPLE-OMIT-YEAR=1604:1604-03-02\r\nitem3.X-ABLabel:name day\r\n');
    expect(back).toContain('\r\nitem2.X-ABRELATEDNAMES:Tunde\r\nitem2.X-ABLabel:_$!<Spouse>!$_\r\n');
    expect((await readDavCard(back)).record.occasions).toEqual([
      { label: 'anniversary', date: '2012-07-01' },
      { label: 'name day', date: '--03-02' },
    ]);
  });

  it("writes the person's photo in place of a PHOTO kept raw before, in 3.0 and 4.0 forms", () => {
    const photo = {
      personId: person.id,
      kind: 'image' as const,
      contentType: 'image/jpeg' as const,
      data: 'QUJD'.repeat(40),
      width: 10,
      height: 10,
      hash: 'h',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    const old = 'PHOTO;ENCODING=b;TYPE=JPEG:AAAA';
    const text = personToDavCard(person, { uid: 'u', extras: [old, 'X-CUSTOM:kept'] }, photo).replace(/\r\n /g, '');
    expect(text).toContain(`PHOTO;ENCODING=b;TYPE=JPEG:${photo.data}\r\n`);
    expect(text).not.toContain(old);
    expect(text).toContain('X-CUSTOM:kept');
    const v4 = personToDavCard(person, { uid: 'u', extras: [] }, photo, '4.0').replace(/\r\n /g, '');
    expect(v4).toContain('VERSION:4.0');
    expect(v4).toContain(`PHOTO:data:image/jpeg;base64,${photo.data}\r\n`);
    const link = {
      personId: person.id,
      kind: 'link' as const,
      url: 'https://x.example/p.jpg',
      hash: 'l',
      updatedAt: '',
    };
    expect(personToDavCard(person, { uid: 'u', extras: [] }, link)).toContain(
      'PHOTO;VALUE=uri:https://x.example/p.jpg',
    );
  });

  it('folds long raw lines at 75 characters and compares cards by their unfolded lines', () => {
    const photo = `PHOTO;ENCODING=b:${'A'.repeat(300)}`;
    const text = personToDavCard(person, { uid: 'u', extras: [photo] });
    expect(text.split('\r\n').every((line) => line.length <= 75)).toBe(true);
    expect(sameCardText(text, text.replace(/\r\n /g, ''))).toBe(true);
    expect(sameCardText(text, text.replace('Director', 'CEO'))).toBe(false);
  });

  it('refuses a body that is not exactly one card, naming the line', async () => {
    await expect(readDavCard(`${card(['FN:A'])}${card(['FN:B'])}`)).rejects.toThrow(
      /line 5: expected exactly one card, found 2/,
    );
    await expect(readDavCard('BEGIN:VCARD\r\nFN:A\r\n')).rejects.toThrow(/line 1/);
  });
});
