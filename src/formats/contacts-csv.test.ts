import { describe, expect, it } from 'vitest';
import { exporterFixture } from '../../test/support/exporter-fixtures.js';
import type { Person } from '../core/people/schema.js';
import { parseContacts } from './contacts.js';
import { peopleToGoogleCsv } from './google-csv-writer.js';
import { peopleToCsv } from './people-csv.js';

const person: Person = {
  id: '01abc',
  displayName: 'Ada Okafor',
  givenName: 'Ada',
  familyName: 'Okafor',
  nickname: 'Dee',
  title: 'Director, Supply Chain',
  company: 'Northwind, Ltd.',
  industry: 'Logistics',
  location: 'Lagos, Nigeria',
  birthday: '--11-03',
  tier: 'close',
  cadenceDays: 45,
  howMet: 'Logistics World',
  metOn: '2024-03-15',
  introducedById: null,
  notes: 'Line one,\nline two; "quoted"',
  archived: false,
  family: false,
  emails: [
    { value: 'ada@example.com', label: 'work' },
    { value: 'ada@home.example', label: null },
  ],
  phones: [{ value: '+44 20 7946 0000', label: 'cell' }],
  links: [{ url: 'https://www.linkedin.com/in/ada', label: 'linkedin' }],
  tags: ['speaker', 'a,b'],
  topics: ['demand planning'],
  offers: ['intros'],
  needs: ['planners'],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('contacts CSV told apart by its header', () => {
  it("reads Outlook's CSV as Outlook's, whether imported as google or csv: phones with labels, fax, suffix, birthday, categories", async () => {
    for (const format of ['google', 'csv'] as const) {
      const [kwame, contoso] = await parseContacts(format, exporterFixture('outlook-2016.csv'));
      expect(kwame).toMatchObject({
        line: 2,
        displayName: 'Kwame Asante, Jr.',
        givenName: 'Kwame',
        familyName: 'Asante',
        title: 'Head of Procurement',
        company: 'Fabrikam',
        location: 'Seattle, WA, United States',
        // The business address kept whole (issue 21), labelled as kith labels work addresses.
        addresses: [
          {
            label: 'work',
            street: '1 Pine St',
            city: 'Seattle',
            region: 'WA',
            postcode: '98101',
            country: 'United States',
          },
        ],
        birthday: '1982-03-14',
        notes: 'Met at ProcureCon 2023.\nWants to meet logistics startups.',
        emails: [
          { value: 'kwame.asante@fabrikam.example', label: null },
          { value: 'kwame@example.com', label: null },
        ],
        phones: [
          { value: '+1 206 555 0188', label: 'cell' },
          { value: '+1 206 555 0142', label: 'work' },
          { value: '+1 206 555 0143', label: 'work fax' },
        ],
        links: [{ url: 'https://fabrikam.example/kwame', label: null }],
        tags: ['Conference', 'Procurement'],
      });
      expect(contoso).toMatchObject({ line: 4, displayName: 'Contoso', birthday: null });
    }
  });

  it("reads kith's own CSV export back with every field and the kith id", async () => {
    const [read] = await parseContacts('csv', peopleToCsv([person]));
    const { line: _line, ...fields } = read ?? { line: 0 };
    expect(fields).toEqual({
      kithId: '01abc',
      displayName: person.displayName,
      givenName: 'Ada',
      familyName: 'Okafor',
      nickname: 'Dee',
      title: person.title,
      company: person.company,
      industry: 'Logistics',
      location: person.location,
      birthday: '--11-03',
      tier: 'close',
      cadenceDays: 45,
      howMet: 'Logistics World',
      metOn: '2024-03-15',
      notes: person.notes,
      archived: false,
      emails: person.emails,
      phones: person.phones,
      links: person.links,
      addresses: [],
      tags: person.tags,
      topics: person.topics,
      offers: person.offers,
      needs: person.needs,
    });
  });

  it('writes a Google Contacts CSV that the Google reader takes back', async () => {
    const addresses = [
      { label: 'work', street: '12 Ring Road', city: 'Accra', region: null, postcode: 'GA-123', country: 'Ghana' },
      { label: null, street: null, city: 'Lagos', region: 'Lagos', postcode: null, country: 'Nigeria' },
    ];
    const text = peopleToGoogleCsv([
      { ...person, addresses },
      { ...person, id: '02', displayName: 'Contoso', givenName: null, familyName: null, emails: [] },
      { ...person, id: '03', displayName: '王伟', givenName: '伟', familyName: '王', emails: [] },
    ]);
    expect(text.split('\n')[0]).toContain(
      'First Name,Last Name,Nickname,File As,Birthday,Notes,Labels,Organization Name',
    );
    const [ada, contoso, wang] = await parseContacts('google', text);
    expect(ada).toMatchObject({
      givenName: 'Ada',
      familyName: 'Okafor',
      nickname: 'Dee',
      company: person.company,
      title: person.title,
      location: person.location,
      birthday: '--11-03',
      notes: person.notes,
      emails: [
        { value: 'ada@example.com', label: 'work' },
        { value: 'ada@home.example', label: null },
      ],
      phones: [{ value: '+44 20 7946 0000', label: 'cell' }],
      links: [{ url: 'https://www.linkedin.com/in/ada', label: 'linkedin' }],
      tags: ['speaker', 'a,b'],
      // The location is the location, not an address; each address comes back whole (the street was lost).
      addresses,
    });
    expect(contoso).toMatchObject({ displayName: 'Contoso', emails: [] });
    // A Chinese name comes back family name first, as written (it came back "伟王").
    expect(wang).toMatchObject({ displayName: '王伟', givenName: '伟', familyName: '王' });
  });
});
