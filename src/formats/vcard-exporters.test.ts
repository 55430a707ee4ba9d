import { describe, expect, it } from 'vitest';
import { exporterFixture } from '../../test/support/exporter-fixtures.js';
import { parseContacts } from './contacts.js';
import { collect, textChunks } from './text-stream.js';
import { readVcard } from './vcard.js';
import { decodeQuotedPrintable, normaliseLine, unfoldLines } from './vcard-legacy.js';

const read = (name: string) => parseContacts('vcard', exporterFixture(name));

describe('vCard files from real exporters', () => {
  it('Outlook 2003 (vCard 2.1): bare TEL;WORK;VOICE, QUOTED-PRINTABLE with soft breaks and a Windows-1252 CHARSET, BASE64 photo', async () => {
    const [renee, yui] = await read('outlook-2003.vcf');
    expect(renee).toMatchObject({
      line: 1,
      displayName: 'Renée Lefèvre, Jr.',
      givenName: 'Renée',
      familyName: 'Lefèvre',
      company: 'Contoso Pharmaceuticals',
      title: 'Head of Regulatory Affairs',
      notes: 'Met at the DIA annual meeting in Montréal.\nLikes long walks; talks about “biosimilars”.',
      emails: [{ value: 'renee.lefevre@contoso.example', label: null }],
      phones: [
        { value: '+1 (425) 555-0100', label: 'work' },
        { value: '+1 (425) 555-0199', label: 'cell' },
        { value: '+1 (425) 555-0101', label: 'work fax' },
      ],
      links: [{ url: 'http://www.contoso.example/renee', label: 'work' }],
      location: 'Redmond, WA, United States of America',
      addresses: [
        {
          label: 'work',
          street: '1 Microsoft Way\nBuilding 4',
          city: 'Redmond',
          region: 'WA',
          postcode: '98052',
          country: 'United States of America',
        },
      ],
    });
    // The photo's 40 base64 lines and the blank line after them are read past, not taken for the next card.
    expect(yui).toMatchObject({
      line: 87,
      displayName: 'Yui Nakamura',
      phones: [{ value: '03-5555-0123', label: 'home' }],
    });
  });

  it('Android (vCard 2.1): UTF-8 QUOTED-PRINTABLE names, organization and a note with a soft line break; PHOTO;ENCODING=BASE64;JPEG', async () => {
    const [maria] = await read('android-2.1.vcf');
    expect(maria).toMatchObject({
      displayName: 'Мария Иванова',
      givenName: 'Мария',
      familyName: 'Иванова',
      company: 'Яндекс',
      notes: 'Встретились на HighLoad++',
      birthday: '1985-07-21',
      emails: [{ value: 'maria.ivanova@example.ru', label: 'home' }],
      phones: [
        { value: '+7 916 555-01-23', label: 'cell' },
        { value: '+7 495 555-01-24', label: 'home' },
      ],
    });
  });

  it('iPhone/Mac: CR CR LF line ends, PHOTO;BASE64:, URL:http\\://, item groups with X-ABLabel, X-APPLE-OMIT-YEAR, fax labels, \\; and \\,', async () => {
    const [grace, ada] = await read('iphone-crcrlf.vcf');
    expect(grace).toMatchObject({
      line: 1,
      displayName: 'Dr. Grace Mensah',
      company: 'Accra Logistics, Ltd.',
      title: 'Chair, Programme Committee',
      birthday: '--06-02',
      emails: [{ value: 'grace@accra-logistics.example', label: 'other' }],
      phones: [
        { value: '+233 30 255 0101', label: 'assistant' },
        { value: '+233 30 255 0199', label: 'work fax' },
        { value: '+233 30 255 0198', label: 'home fax' },
        { value: '+233 20 123 4567', label: 'cell' },
      ],
      links: [
        { url: 'http://www.accra-logistics.example/team', label: 'homepage' },
        { url: 'https://www.linkedin.com/in/grace-mensah', label: 'linkedin' },
      ],
      tags: ['Speakers', 'Conference'],
      location: 'Accra, Greater Accra, Ghana',
      addresses: [
        {
          label: 'work',
          street: '12 Independence Ave\nSuite 4',
          city: 'Accra',
          region: 'Greater Accra',
          postcode: 'GA-123',
          country: 'Ghana',
        },
      ],
      notes:
        'Chairs the programme committee; wants speakers on warehouse automation, cold chain, and last-mile delivery in West Africa.',
    });
    // Each line is followed by an empty one (CR CR LF): the second card starts on line 55.
    expect(ada).toMatchObject({ line: 55, displayName: 'Ada Okafor', birthday: '1979-11-03' });
  });

  it('Gmail: TYPE=INTERNET;TYPE=WORK, escaped colons in URLs, a fax, system groups dropped', async () => {
    const [priya] = await read('gmail.vcf');
    expect(priya).toMatchObject({
      displayName: 'Priya Raman',
      emails: [
        { value: 'priya@globex.example', label: 'work' },
        { value: 'priya.raman@example.com', label: 'home' },
      ],
      phones: [
        { value: '+91 98450 12345', label: 'cell' },
        { value: '+91 80 5555 0100', label: 'work fax' },
      ],
      links: [{ url: 'https://github.com/priyaraman', label: 'github' }],
      tags: ['Platform'],
      notes: 'Knows the Bengaluru platform scene; ask about SRE hiring, and Go.',
    });
  });

  it('Mac/DAVx5 vCard 4.0 with a quoted TYPE list and a tel: URI', async () => {
    const [sven] = await read('mac-v4-data-uri.vcf');
    expect(sven).toMatchObject({
      displayName: 'Sven Lindqvist',
      phones: [{ value: '+46-70-555-0134', label: 'cell' }],
      location: 'Stockholm, Sweden',
      addresses: [
        {
          label: 'home',
          street: 'Storgatan 1',
          city: 'Stockholm',
          region: null,
          postcode: '111 22',
          country: 'Sweden',
        },
      ],
    });
  });

  it('names every unreadable card with its line, cuts long values, and reads the rest when asked to go on', async () => {
    const unreadable: [number, string][] = [];
    const records = await collect(
      readVcard(textChunks(exporterFixture('damaged.vcf')), (line, reason) => unreadable.push([line, reason])),
    );
    expect(records.map((record) => [record.line, record.displayName])).toEqual([
      [1, 'Good One'],
      [11, 'Joined Three'],
      [15, 'Joined Four'],
      [25, 'Good Six'],
    ]);
    expect(unreadable.map(([line]) => line)).toEqual([9, 15, 19, 24]);
    expect(unreadable[0]?.[1]).toMatch(/^vCard line 9: the line "this line has no colon" has no ":"/);
    expect(unreadable[1]?.[1]).toBe(
      'vCard line 15: END:VCARD and BEGIN:VCARD are on one line (a line break is missing)',
    );
    expect(unreadable[3]?.[1]).toBe('vCard line 24: text outside a BEGIN:VCARD … END:VCARD card');
    // The 40 KB value is cut.
    for (const [, reason] of unreadable) expect(reason.length).toBeLessThan(200);
    // Without the callback the first one throws, as before.
    await expect(read('damaged.vcf')).rejects.toThrow(/^vCard line 9: /);
  });
});

describe('vCard 2.1 rewriting', () => {
  it('decodes QUOTED-PRINTABLE in the named charset, UTF-8 when the label is unknown', () => {
    expect(decodeQuotedPrintable('Ren=E9e', 'windows-1252')).toBe('Renée');
    expect(decodeQuotedPrintable('Ren=C3=A9e', 'no-such-charset')).toBe('Renée');
    expect(decodeQuotedPrintable('a=3Db', undefined)).toBe('a=b');
  });

  it('turns bare parameters into TYPE and ENCODING, and leaves 3.0 lines alone', () => {
    expect(normaliseLine('TEL;WORK;VOICE:+1 555')).toBe('TEL;TYPE=WORK,VOICE:+1 555');
    expect(normaliseLine('PHOTO;BASE64:AAAA')).toBe('PHOTO;ENCODING=b:AAAA');
    expect(normaliseLine('PHOTO;ENCODING=BASE64;JPEG:AA AA')).toBe('PHOTO;ENCODING=b;TYPE=JPEG:AAAA');
    expect(normaliseLine('NOTE;ENCODING=QUOTED-PRINTABLE:a=0D=0Ab')).toBe('NOTE:a\\nb');
    expect(normaliseLine('TEL;TYPE="cell,voice":tel:+1')).toBe('TEL;TYPE="cell,voice":tel:+1');
    expect(normaliseLine('VERSION:2.1')).toBe('VERSION:3.0');
  });

  it('joins folded lines and soft line breaks, and drops blank lines', () => {
    expect(unfoldLines(['NOTE;QUOTED-PRINTABLE:ab=', 'cd', '', 'FN:x', ' y'])).toEqual([
      'NOTE;QUOTED-PRINTABLE:abcd',
      'FN:xy',
    ]);
  });
});
