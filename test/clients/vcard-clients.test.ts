import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/core/people/schema.js';
import type { PersonPhoto } from '../../src/core/photos/schema.js';
import type { ContactRecord } from '../../src/formats/contact-record.js';
import { parseContacts } from '../../src/formats/contacts.js';
import { personToVcard, type VcardVersion } from '../../src/formats/vcard-writer.js';

/**
 * kith's vCards read by the clients people use with it: Python's vobject (Debian's
 * python3-vobject) and khard, which is built on it. Both are installed by `.ci/run`.
 */
const base: Person = {
  id: '01ada',
  displayName: 'Ada Okafor',
  givenName: 'Ada',
  familyName: 'Okafor',
  nickname: null,
  title: null,
  company: null,
  industry: null,
  location: null,
  birthday: null,
  tier: 'regular',
  cadenceDays: null,
  howMet: null,
  metOn: null,
  introducedById: null,
  notes: null,
  archived: false,
  family: false,
  emails: [],
  phones: [],
  links: [],
  tags: [],
  topics: [],
  offers: [],
  needs: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

const people: Person[] = [
  {
    ...base,
    displayName: 'Renée Lefèvre-Ōtsuka, Jr.',
    givenName: 'Renée',
    familyName: 'Lefèvre-Ōtsuka',
    nickname: 'Ren',
    title: 'Director, Supply; Chain',
    company: 'Northwind, Ltd.',
    industry: 'Logistics, freight',
    location: 'Lagos, Nigeria',
    birthday: '--11-03',
    tier: 'close',
    cadenceDays: 45,
    howMet: 'Logistics World; at lunch,\nwith Grace',
    metOn: '2024-03-15',
    notes:
      'Line one,\nline two; with "quotes", a back\\slash and 日本語 text long enough to be folded twice over 😀😀😀 at 75 octets',
    emails: [
      { value: 'renee@northwind.example', label: 'work' },
      { value: 'ren@example.com', label: null },
    ],
    phones: [
      { value: '+44 20 7946 0000', label: 'cell' },
      { value: '+44 20 7946 0001', label: 'work fax' },
    ],
    links: [{ url: 'https://www.linkedin.com/in/renee', label: 'linkedin' }],
    addresses: [
      {
        label: 'work',
        street: '12 Marina Rd\nFloor 3',
        city: 'Lagos',
        region: 'Lagos',
        postcode: '101001',
        country: 'Nigeria',
      },
      { label: 'home', street: null, city: 'Ikeja', region: null, postcode: null, country: 'Nigeria' },
    ],
    tags: ['speaker', 'a,b', 'semi;colon'],
    topics: ['demand planning', 'cold chain, West Africa', 'back\\slash'],
    offers: ['intros; to buyers'],
    needs: ['planners', 'a line\nbreak'],
  },
  { ...base, id: '02wang', displayName: '王伟', givenName: '伟', familyName: '王', birthday: '1990-01-02' },
  { ...base, id: '03mei', displayName: 'Mei Chen', givenName: 'Mei', familyName: 'Chen', company: 'Contoso' },
  {
    ...base,
    id: '04kofi',
    displayName: 'Kofi Mensah',
    givenName: 'Kofi',
    familyName: 'Mensah',
    phones: [{ value: '+233 20 123 4567', label: 'mobile' }],
    tags: ['Ghana'],
    topics: ['fintech'],
  },
];

/** Mei has a photo: a small real JPEG, as kith stores one (issue 21). */
const photos = new Map<string, PersonPhoto>([
  [
    '03mei',
    {
      personId: '03mei',
      kind: 'image',
      contentType: 'image/jpeg',
      data: readFileSync(join(import.meta.dirname, '..', 'fixtures', 'photos', 'small.jpg')).toString('base64'),
      width: 48,
      height: 36,
      hash: 'h',
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
  ],
]);
/** Renée has an anniversary and a name day without its year; Wang an anniversary without its year. */
const occasions = new Map([
  [
    '01ada',
    [
      { label: 'anniversary', date: '2010-06-12' },
      { label: 'name day', date: '--03-02' },
    ],
  ],
  ['02wang', [{ label: 'anniversary', date: '--09-21' }]],
]);
const card = (person: Person, version: VcardVersion) =>
  personToVcard(person, version, photos.get(person.id), occasions.get(person.id));

/** What kith reads back from a card, without the line it starts on. */
const fields = ({ line: _line, ...rest }: ContactRecord) => rest;

/** The record kith reads from a card it wrote: the reference a client's copy must equal. */
async function expected(version: VcardVersion) {
  return (await parseContacts('vcard', people.map((person) => card(person, version)).join(''))).map(fields);
}

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}${result.error ?? ''}`);
  return result.stdout;
}

type VobjectCard = {
  fn: string;
  n: string[] | null;
  emails: string[];
  tels: [string, string[]][];
  note: string[];
  categories: string[];
  kith: Record<string, string[]>;
};

describe.each(['3.0', '4.0'] as const)('kith vCard %s read by vobject and khard', (version) => {
  const dir = mkdtempSync(join(tmpdir(), 'kith-clients-'));
  const file = join(dir, `export-${version}.vcf`);
  writeFileSync(file, people.map((person) => card(person, version)).join(''));

  it('vobject sees every value, and what it writes back reads into kith losing nothing', async () => {
    const { cards, written } = JSON.parse(
      run('/usr/bin/python3', [join(import.meta.dirname, 'read-vcard.py'), file]),
    ) as { cards: VobjectCard[]; written: string };
    expect(cards).toHaveLength(people.length);
    const [renee, wang] = cards;
    expect(renee).toMatchObject({
      fn: 'Renée Lefèvre-Ōtsuka, Jr.',
      n: ['Lefèvre-Ōtsuka', 'Renée', '', '', 'Jr.'],
      emails: ['renee@northwind.example', 'ren@example.com'],
      note: [people[0]?.notes],
      categories: ['speaker', 'a,b', 'semi;colon'],
      adr: [
        ['Lagos', 'Nigeria'],
        ['Ikeja', 'Nigeria'],
      ],
      kith: {
        'x-kith-topics': ['demand planning', 'cold chain, West Africa', 'back\\slash'],
        'x-kith-offers': ['intros; to buyers'],
        'x-kith-needs': ['planners', 'a line\nbreak'],
        'x-kith-how-met': ['Logistics World; at lunch,\nwith Grace'],
        'x-kith-industry': ['Logistics, freight'],
      },
    });
    expect(renee?.tels.map(([value, types]) => [value, types.join(',').toLowerCase()])).toEqual([
      ['+44 20 7946 0000', 'cell'],
      ['+44 20 7946 0001', 'work,fax'],
    ]);
    expect(wang?.fn).toBe('王伟');
    // Mei's photo is in the reference, so the round trip below keeps it too.
    const mei = photos.get('03mei');
    expect((await expected(version))[2]?.photo).toEqual({
      kind: 'inline',
      data: mei?.kind === 'image' ? mei.data : '',
    });
    // kith → kith first: the reference itself keeps the lists, the escapes, the suffix and the dates.
    expect((await expected(version))[1]?.occasions).toEqual(occasions.get('02wang'));
    expect((await expected(version))[0]).toMatchObject({
      occasions: occasions.get('01ada'),
      topics: people[0]?.topics,
      offers: people[0]?.offers,
      needs: people[0]?.needs,
      howMet: people[0]?.howMet,
      notes: people[0]?.notes,
      tags: people[0]?.tags,
      phones: people[0]?.phones,
      addresses: people[0]?.addresses,
      location: 'Lagos, Nigeria',
    });
    // vobject → kith
    const back = (await parseContacts('vcard', written)).map(fields);
    const reference = await expected(version);
    if (version === '4.0') {
      // vobject splits a 4.0 PHOTO's data: URI at its comma and writes back
      // `PHOTO:data:image/jpeg\;base64`, the picture lost (vobject's, not kith's: 3.0 keeps it).
      expect(written).toContain('PHOTO:data:image/jpeg\\;base64\r\n');
      expect(back[2]?.photo).toBeUndefined();
      const { photo: _lost, ...mei } = reference[2] ?? ({} as (typeof reference)[number]);
      expect(back).toEqual([reference[0], reference[1], mei, reference[3]]);
    } else expect(back).toEqual(reference);
  });

  it('khard lists every contact, email and phone, and its copy of each card reads into kith losing nothing', async () => {
    const book = join(dir, `book-${version}`);
    mkdirSync(book);
    for (const person of people) writeFileSync(join(book, `${person.id}.vcf`), card(person, version));
    const config = join(dir, `khard-${version}.conf`);
    writeFileSync(
      config,
      `[addressbooks]\n[[kith]]\npath = ${book}\n[general]\ndefault_action = list\n[vcard]\npreferred_version = ${version === '4.0' ? '4.0' : '3.0'}\n`,
    );
    const khard = (...args: string[]) => run('khard', ['-c', config, ...args]);
    const lines = (output: string) => output.split('\n').filter((line) => line.includes('\t'));
    expect(lines(khard('list', '--parsable'))).toHaveLength(people.length);
    const emails = people.reduce((sum, person) => sum + person.emails.length, 0);
    const phones = people.reduce((sum, person) => sum + person.phones.length, 0);
    expect(lines(khard('email', '--parsable'))).toHaveLength(emails);
    expect(lines(khard('phone', '--parsable'))).toHaveLength(phones);
    // khard reads the anniversary (4.0's ANNIVERSARY, 3.0's X-ANNIVERSARY), with its year or without.
    expect(khard('show', 'uid:urn:kith:01ada')).toContain('Anniversary: 06/12/10\n');
    expect(khard('show', 'uid:urn:kith:02wang')).toContain('Anniversary: --09-21\n');
    const copies = people.map((person) => khard('show', '--format', 'vcard', `uid:urn:kith:${person.id}`)).join('');
    expect((await parseContacts('vcard', copies)).map(fields)).toEqual(await expected(version));
  });
});
