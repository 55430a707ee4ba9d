import QRCode from 'qrcode';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readScannedText } from '../../src/web/people/scan-content.js';
import { type Pixels, scanPixels } from '../../src/web/people/scan-pixels.js';

/** A QR code rendered by `qrcode` as a PNG, decoded to RGBA pixels as a canvas's ImageData would hold them. */
async function qrPixels(
  text: string,
  options: { dark?: string; light?: string; photo?: boolean } = {},
): Promise<Pixels> {
  const png = await QRCode.toBuffer(text, {
    errorCorrectionLevel: 'M',
    margin: 4,
    scale: 6,
    color: { dark: options.dark ?? '#000000ff', light: options.light ?? '#ffffffff' },
  });
  let image = sharp(png);
  if (options.photo) {
    // Like a photo of a badge: the code small in a larger, grey, slightly blurred and turned picture.
    image = sharp(
      await image
        .extend({ top: 300, bottom: 260, left: 420, right: 380, background: '#8a8a80' })
        .rotate(7, { background: '#8a8a80' })
        .blur(0.8)
        .jpeg({ quality: 80 })
        .toBuffer(),
    );
  }
  const { data, info } = await image.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return {
    data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length),
    width: info.width,
    height: info.height,
  };
}

const vcard = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Okafor;Adaeze;;;',
  'FN:Adaeze Okafor',
  'ORG:Warehouse Robotics\\, Inc.;Research',
  'TITLE:Head of Perception',
  'EMAIL;TYPE=INTERNET,WORK:adaeze@robotics.example',
  'TEL;TYPE=CELL:+44 20 7946 0958',
  'item1.URL:https://www.linkedin.com/in/adaeze-okafor-4a1b2c',
  'NOTE:Met at ProMat\\nbooth 4',
  'END:VCARD',
].join('\r\n');

describe('reading a scanned QR code into a person', () => {
  it('reads a vCard: name, company, title, email, phone, links and note', async () => {
    expect(scanPixels(await qrPixels(vcard))).toEqual({
      kind: 'vcard',
      contact: {
        name: 'Adaeze Okafor',
        title: 'Head of Perception',
        company: 'Warehouse Robotics, Inc.',
        emails: ['adaeze@robotics.example'],
        phones: ['+44 20 7946 0958'],
        links: ['https://www.linkedin.com/in/adaeze-okafor-4a1b2c'],
        note: 'Met at ProMat\nbooth 4',
      },
    });
  });

  it('reads a MeCard, family name first, with escaped separators', async () => {
    const mecard =
      'MECARD:N:Müller,Jürgen;ORG:Acme\\; Sons;TEL:+49 30 1234567;EMAIL:jm@acme.example;URL:acme.example/jm;;';
    expect(scanPixels(await qrPixels(mecard))).toEqual({
      kind: 'mecard',
      contact: {
        name: 'Jürgen Müller',
        title: '',
        company: 'Acme; Sons',
        emails: ['jm@acme.example'],
        phones: ['+49 30 1234567'],
        links: ['https://acme.example/jm'],
        note: '',
      },
    });
  });

  it('makes a profile link the link, with the name from its slug to be corrected', async () => {
    expect(scanPixels(await qrPixels('https://www.linkedin.com/in/ada-lovelace-9b1a2c3d/'))).toEqual({
      kind: 'profile',
      contact: {
        name: 'Ada Lovelace',
        title: '',
        company: '',
        emails: [],
        phones: [],
        links: ['https://www.linkedin.com/in/ada-lovelace-9b1a2c3d/'],
        note: '',
      },
    });
  });

  it('shows plain text as text', async () => {
    expect(scanPixels(await qrPixels('Booth 42: free coffee'))).toEqual({
      kind: 'text',
      text: 'Booth 42: free coffee',
    });
  });

  it('finds the code in a photo (small, turned, blurred, JPEG) and light on dark', async () => {
    expect(scanPixels(await qrPixels(vcard, { photo: true }), { thorough: true })).toMatchObject({
      kind: 'vcard',
      contact: { name: 'Adaeze Okafor' },
    });
    const inverted = await qrPixels('https://github.com/octo-cat', { dark: '#ffffffff', light: '#000000ff' });
    expect(scanPixels(inverted, { thorough: true })).toMatchObject({ kind: 'profile', contact: { name: 'Octo Cat' } });
  });

  it('answers null when there is no code in the picture', async () => {
    const blank = { data: new Uint8ClampedArray(200 * 200 * 4).fill(255), width: 200, height: 200 };
    expect(scanPixels(blank, { thorough: true })).toBeNull();
  });
});

describe('what a QR code holds', () => {
  it('reads vCard 2.1 and 4.0 forms: folded lines, quoted-printable, N without FN, tel: and mailto: values', () => {
    const old = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Sch=C3=B6n;Bj=C3=B6rn;;Dr.;',
      'TEL;CELL:+1 555 0100',
      'EMAIL;INTERNET:bjorn@example.com',
      'END:VCARD',
    ].join('\n');
    expect(readScannedText(old)).toMatchObject({
      kind: 'vcard',
      contact: { name: 'Dr. Björn Schön', phones: ['+1 555 0100'], emails: ['bjorn@example.com'] },
    });
    const v4 = [
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Grace Hopper, with a name long enough that the writer folded i',
      ' t',
      'TEL;VALUE=uri;TYPE="voice,cell":tel:+1-555-0101',
      'EMAIL:mailto:grace@example.com',
      'END:VCARD',
    ].join('\r\n');
    expect(readScannedText(v4)).toMatchObject({
      kind: 'vcard',
      contact: {
        name: 'Grace Hopper, with a name long enough that the writer folded it',
        phones: ['+1-555-0101'],
        emails: ['grace@example.com'],
      },
    });
  });

  it.each([
    ['https://linkedin.com/in/jos%C3%A9-garc%C3%ADa', 'José García'],
    ['linkedin.com/in/ada', 'Ada'],
    ['https://de.linkedin.com/in/maria-schmidt-123456', 'Maria Schmidt'],
    ['https://mastodon.social/@grace_hopper', 'Grace Hopper'],
    ['https://bsky.app/profile/linus-t.bsky.social', 'Linus T'],
    ['https://x.com/jack', 'Jack'],
    ['https://conf.example.com/speakers/ada-lovelace.html', 'Ada Lovelace'],
    ['https://conf.example.com/schedule', ''],
    ['https://www.linkedin.com/company/acme', ''],
    ['https://example.com', ''],
  ])('takes the name of %s from its slug: "%s"', (url, name) => {
    const result = readScannedText(url);
    expect(result.kind).toBe('profile');
    if (result.kind === 'profile') expect(result.contact.name).toBe(name);
  });

  it('keeps as text what is neither a card nor a link', () => {
    for (const text of [
      'WIFI:S:Conference;T:WPA;P:secret;;',
      'hello world',
      'ftp://files.example.com/a',
      'BEGIN:VCARD\nEND:VCARD',
    ]) {
      expect(readScannedText(text)).toEqual({ kind: 'text', text });
    }
  });
});
