import { describe, expect, it } from 'vitest';
import { fixture } from '../../test/support/fixtures.js';
import { parseContacts } from './contacts.js';
import { splitMulti } from './google-csv.js';

const parseGoogleCsv = (text: string) => parseContacts('google', text);

describe('Google Contacts CSV', () => {
  it('reads the current export: labels, multi-values, addresses, yearless birthdays', async () => {
    const records = await parseGoogleCsv(fixture('google/contacts.csv'));
    expect(records.map((record) => record.displayName)).toEqual([
      'Grace Mensah',
      'Kenji Watanabe',
      'Priya Raman',
      'Sofia Rossi',
      'Coho Winery',
      'Tomasz Jan Wiśniewski',
    ]);
    const [grace, kenji, priya, sofia, coho, tomasz] = records;
    expect(grace).toMatchObject({
      line: 2,
      location: 'Accra, Ghana',
      addresses: [
        { label: 'work', street: '12 Ring Road', city: 'Accra', region: null, postcode: null, country: 'Ghana' },
      ],
      birthday: '1984-06-02',
      notes: 'Met at the spring logistics convention.\nAsked me to speak at the March chapter meeting.',
      emails: [
        { value: 'grace.mensah@example.net', label: 'work' },
        { value: 'grace@mensah.example', label: 'home' },
      ],
      phones: [{ value: '+233 20 123 4567', label: 'mobile' }],
      links: [{ url: 'https://www.linkedin.com/in/gracemensah', label: 'linkedin' }],
      tags: ['Conference'],
    });
    expect(kenji).toMatchObject({ line: 6, nickname: 'Ken', birthday: '--11-03', tags: ['Rust meetup'] });
    expect(kenji?.emails.map((email) => email.value)).toEqual(['kenji@proseware.example', 'k.watanabe@example.com']);
    expect(priya).toMatchObject({ location: 'London, United Kingdom', tags: [] });
    expect(sofia?.phones).toHaveLength(2);
    expect(coho).toMatchObject({ company: 'Coho Winery', givenName: null, emails: [{ value: 'events@coho.example' }] });
    expect(tomasz?.tags).toEqual(['Conference', 'Logistics']);
  });

  it('reads the legacy header', async () => {
    const records = await parseGoogleCsv(fixture('google/contacts-legacy.csv'));
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({
      displayName: 'Mei Chen',
      company: 'Contoso, Ltd.',
      title: 'VP Engineering',
      emails: [{ value: 'mei@chen.example', label: 'work' }],
      phones: [{ value: '+1 206 555 0199', label: 'mobile' }],
      tags: ['Engineering'],
    });
    expect(records[1]).toMatchObject({ displayName: 'Rafael Costa', birthday: '1990-02-28' });
  });

  it('refuses a CSV that is not a Google export', async () => {
    await expect(parseGoogleCsv('a,b\n1,2\n')).rejects.toThrow(
      /Google CSV line 1: this is not a Google Contacts header/,
    );
  });

  it('splits " ::: " values', () => {
    expect(splitMulti('a ::: b :::  ::: c')).toEqual(['a', 'b', 'c']);
  });
});
