import { describe, expect, it } from 'vitest';
import { exporterFixture } from '../../test/support/exporter-fixtures.js';
import { fixture } from '../../test/support/fixtures.js';
import { parseContacts } from './contacts.js';
import { parseConnectedOn } from './linkedin-csv.js';

const parseLinkedInCsv = (text: string) => parseContacts('linkedin', text);

describe('LinkedIn Connections.csv', () => {
  it('finds the header after the Notes preamble and reads every row with its line', async () => {
    const records = await parseLinkedInCsv(fixture('linkedin/Connections.csv'));
    expect(records).toHaveLength(20);
    expect(records[0]).toMatchObject({
      line: 5,
      displayName: 'Ada Okafor',
      title: 'Director, Supply Chain',
      metOn: '2024-03-15',
      emails: [{ value: 'ada.okafor@northwind.example', label: null }],
      links: [{ url: 'https://www.linkedin.com/in/ada-okafor-4b1a2', label: 'linkedin' }],
    });
    const byName = (name: string) => records.filter((record) => record.displayName === name);
    expect(byName('Mei Chen')[0]?.company).toBe('Contoso, Ltd.');
    expect(byName("Liam O'Brien")[0]?.title).toBe('Product Manager "Growth"');
    expect(byName("Liam O'Brien")[0]?.emails).toEqual([]);
    expect(byName('Jonas Berg')[0]).toMatchObject({ company: null, title: null });
    expect(byName('Daniel García López')[0]?.title).toBe('Research Scientist – NLP');
    expect(byName('王伟')).toHaveLength(1);
    expect(byName('Oliver Smith').map((record) => record.company)).toEqual(['Fourth Coffee', "Margie's Travel"]);
    expect(new Set(records.map((record) => record.links[0]?.url)).size).toBe(19);
  });

  it('reads the legacy export without a preamble or URL column', async () => {
    const records = await parseLinkedInCsv(fixture('linkedin/Connections-legacy.csv'));
    expect(records.map((record) => [record.line, record.displayName, record.metOn])).toEqual([
      [2, 'Ada Okafor', '2018-03-15'],
      [3, 'Mei Chen', '2017-11-28'],
      [4, 'Kwame Asante', '2016-04-04'],
    ]);
    expect(records.every((record) => record.links.length === 0)).toBe(true);
  });

  it('fails on an unterminated quote with the line of the row that opens it', async () => {
    await expect(parseLinkedInCsv(fixture('linkedin/Connections-broken.csv'))).rejects.toThrow(
      'LinkedIn CSV line 6: a quoted value is never closed',
    );
  });

  it('fails on a file with no header row', async () => {
    await expect(parseLinkedInCsv('hello\nworld\n')).rejects.toThrow(/line 1: no header row/);
  });

  it("refuses a CSV whose header lacks LinkedIn's columns, naming them and the format it looks like", async () => {
    // A Google Contacts export starts "First Name," too: read as LinkedIn it gave bare names.
    await expect(parseLinkedInCsv(fixture('google/contacts.csv'))).rejects.toThrow(
      /LinkedIn CSV line 1: this is not a LinkedIn Connections export: its header has none of the columns "Email Address", "Company", "Position", "Connected On", "URL" \(it looks like a Google Contacts CSV/,
    );
    await expect(
      parseLinkedInCsv('Notes:\n\nFirst Name,Last Name,E-mail\nAda,Okafor,ada@example.com\n'),
    ).rejects.toThrow(/line 3: .*"URL"$/);
    // A file with some of LinkedIn's columns is read, the others left empty.
    expect(await parseLinkedInCsv('First Name,Last Name,Company\nAda,Okafor,Northwind\n')).toMatchObject([
      { displayName: 'Ada Okafor', company: 'Northwind', title: null, metOn: null },
    ]);
  });

  it('reads connected-on dates like 15 Mar 2024', () => {
    expect(parseConnectedOn('15 Mar 2024')).toBe('2024-03-15');
    expect(parseConnectedOn('5 Sep 2021')).toBe('2021-09-05');
    expect(parseConnectedOn('2024-03-15')).toBeNull();
    expect(parseConnectedOn('15 Foo 2024')).toBeNull();
  });
});

describe('LinkedIn exports of 2018', () => {
  it('reads "1/8/18, 6:14 PM" as well as "08 Jan 2018"', async () => {
    const records = await parseContacts('linkedin', exporterFixture('linkedin-2018.csv'));
    expect(records.map((record) => record.metOn)).toEqual(['2018-01-08', '2018-12-31', '2018-01-08']);
    expect(parseConnectedOn('13/1/18, 6:14 PM')).toBeNull();
    expect(parseConnectedOn('1/8/2018')).toBe('2018-01-08');
  });
});
