import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildPerson } from '../core/people/create-person.js';
import { peopleToCsv } from './people-csv.js';

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
});
