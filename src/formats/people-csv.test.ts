import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildPerson } from '../core/people/create-person.js';
import { parseContacts } from './contacts.js';
import { peopleToCsv } from './people-csv.js';
import { peopleToVcard } from './vcard-writer.js';

describe('peopleToCsv', () => {
  it('writes a value a spreadsheet would run as a formula with a leading quote (OWASP)', () => {
    const person = buildPerson(
      {
        displayName: '=HYPERLINK("https://evil.example","Click")',
        company: '@SUM(1+1)*cmd|" /C calc"!A0',
        title: '+1+1',
        location: '-2+3',
        industry: '\t=1',
        notes: '\r=1',
        tags: ['=tag'],
        emails: [{ value: 'ada@example.com' }],
      },
      new Date('2026-06-01T12:00:00Z'),
    );
    const [row] = parse(peopleToCsv([person]), { columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({
      display_name: `'=HYPERLINK("https://evil.example","Click")`,
      company: `'@SUM(1+1)*cmd|" /C calc"!A0`,
      title: "'+1+1",
      location: "'-2+3",
      // Trimmed when stored, then escaped.
      industry: "'=1",
      notes: "'=1",
      tags: "'=tag",
      // Values that cannot start a formula are written as they are.
      emails: 'ada@example.com',
      cadence_days: '',
    });
  });

  it('writes archived and every postal address, and reads them back exactly (CSV and vCard)', async () => {
    const addresses = [
      {
        label: 'work',
        street: '12 Independence Ave\nSuite 4; back door, "blue"',
        city: 'Accra',
        region: null,
        postcode: 'GA-123',
        country: 'Ghana',
      },
      {
        label: null,
        street: 'Gran Vía 2 ::: top',
        city: 'Madrid',
        region: 'Madrid',
        postcode: '28013',
        country: 'Spain',
      },
    ];
    const now = new Date('2026-06-01T12:00:00Z');
    const archived = { ...buildPerson({ displayName: 'Grace Mensah', addresses }, now), archived: true };
    const active = buildPerson({ displayName: 'Ada Okafor' }, now);
    const [grace, ada] = await parseContacts('csv', peopleToCsv([archived, active]));
    expect(grace).toMatchObject({ archived: true, addresses });
    expect(ada).toMatchObject({ archived: false, addresses: [] });
    const [graceCard, adaCard] = await parseContacts('vcard', peopleToVcard([archived, active]));
    expect(graceCard).toMatchObject({ archived: true, addresses });
    expect(adaCard?.archived).toBeUndefined();
    // A cell kith did not write is refused with its line.
    const header = peopleToCsv([]).trim();
    await expect(
      parseContacts(
        'csv',
        `${header}\n${header
          .split(',')
          .map((name) => (name === 'display_name' ? 'X' : name === 'addresses' ? '"[1]"' : ''))
          .join(',')}\n`,
      ),
    ).rejects.toThrow(/line 2: addresses/);
  });
});
