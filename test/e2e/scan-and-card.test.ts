import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import QRCode from 'qrcode';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { listPeople } from '../../src/core/people/list-people.js';
import { scanPixels } from '../../src/web/people/scan-pixels.js';
import { launchBrowser, openPage, screenshotDir, useBrowserTests, viewports } from './harness.js';

/** A photo of a QR code as a phone's camera app would hand the file input: a JPEG, the code small in it. */
async function qrPhoto(text: string): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const png = await QRCode.toBuffer(text, { errorCorrectionLevel: 'M', scale: 6 });
  const buffer = await sharp(png)
    .extend({ top: 400, bottom: 300, left: 250, right: 350, background: '#9a968c' })
    .jpeg({ quality: 85 })
    .toBuffer();
  return { name: 'badge.jpg', mimeType: 'image/jpeg', buffer };
}

/**
 * A camera that films a QR code: one 640x480 frame of the code in YUV4MPEG2 (I420), which
 * chromium's fake capture device plays in a loop to getUserMedia.
 */
async function qrCameraFile(text: string): Promise<string> {
  const [width, height] = [640, 480];
  const png = await QRCode.toBuffer(text, { errorCorrectionLevel: 'M', scale: 5, margin: 2 });
  const { data } = await sharp({ create: { width, height, channels: 3, background: '#d8d4cc' } })
    .composite([{ input: png, gravity: 'center' }])
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const luma = Buffer.alloc(width * height);
  const chroma = [Buffer.alloc((width * height) / 4), Buffer.alloc((width * height) / 4)];
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const at = (y * width + x) * 3;
      const [r, g, b] = [data[at] ?? 0, data[at + 1] ?? 0, data[at + 2] ?? 0];
      luma[y * width + x] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
      if (x % 2 === 0 && y % 2 === 0) {
        const half = (y / 2) * (width / 2) + x / 2;
        chroma[0]?.writeUInt8(Math.round(128 - 0.1687 * r - 0.3313 * g + 0.5 * b), half);
        chroma[1]?.writeUInt8(Math.round(128 + 0.5 * r - 0.4187 * g - 0.0813 * b), half);
      }
    }
  }
  const file = join(mkdtempSync(join(tmpdir(), 'kith-camera-')), 'qr.y4m');
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\nFRAME\n`);
  writeFileSync(file, Buffer.concat([header, luma, ...chroma]));
  return file;
}

const vcard = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Okafor;Adaeze;;;',
  'FN:Adaeze Okafor',
  'ORG:Warehouse Robotics',
  'TITLE:Head of Perception',
  'EMAIL:adaeze@robotics.example',
  'TEL;TYPE=CELL:+44 20 7946 0958',
  'URL:https://www.linkedin.com/in/adaeze-okafor-4a1b2c',
  'END:VCARD',
].join('\r\n');

describe('web UI: scan a QR code into quick capture, and your own card', () => {
  const e2e = useBrowserTests();

  it('fills the form from a photo of a vCard QR and saves the rest with them; a link names them; text saves nothing', async () => {
    mkdirSync(screenshotDir, { recursive: true });
    const { context, page, errors } = await openPage(e2e.browser, viewports.phone);
    await page.goto(`${e2e.server.url}/capture`);
    await page.getByRole('button', { name: 'Scan a QR code' }).click();
    await page.getByRole('heading', { name: 'Scan a QR code' }).waitFor();
    await page.screenshot({ path: join(screenshotDir, 'scan-phone.png') });

    await page.getByLabel('Scan from a photo').setInputFiles(await qrPhoto(vcard));
    await expect.poll(() => page.getByLabel('Name').inputValue()).toBe('Adaeze Okafor');
    expect(await page.getByLabel('Email or phone (optional)').inputValue()).toBe('adaeze@robotics.example');
    expect(await page.getByLabel('Company').inputValue()).toBe('Warehouse Robotics');
    expect(await page.getByLabel('One line about them').inputValue()).toBe('Head of Perception');
    await page.getByText('Filled from a contact card.').waitFor();
    await page.screenshot({ path: join(screenshotDir, 'scan-filled-phone.png') });
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Just added' }).waitFor();
    // "Just added" shows a capture as soon as it is in the outbox; the server has it a moment later.
    await expect.poll(async () => (await listPeople(e2e.server.deps, { limit: 10 })).items.length).toBe(1);
    const [adaeze] = (await listPeople(e2e.server.deps, { limit: 10 })).items;
    expect(adaeze).toMatchObject({
      displayName: 'Adaeze Okafor',
      title: 'Head of Perception',
      company: 'Warehouse Robotics',
      emails: [{ value: 'adaeze@robotics.example' }],
      phones: [{ value: '+44 20 7946 0958' }],
      links: [{ url: 'https://www.linkedin.com/in/adaeze-okafor-4a1b2c' }],
    });

    // A profile link: the link, and a name from its slug to check.
    await page.getByRole('button', { name: 'Scan a QR code' }).click();
    await page
      .getByLabel('Scan from a photo')
      .setInputFiles(await qrPhoto('https://www.linkedin.com/in/ada-lovelace-9b1a2c'));
    await expect.poll(() => page.getByLabel('Name').inputValue()).toBe('Ada Lovelace');
    await page.getByText('The name was guessed from the link: check it.').waitFor();

    // Plain text is shown and nothing is filled or saved.
    await page.getByRole('button', { name: "Don't use the scan" }).click();
    await page.getByRole('button', { name: 'Scan a QR code' }).click();
    await page.getByLabel('Scan from a photo').setInputFiles(await qrPhoto('Booth 42: free coffee'));
    await page.getByText('This code holds text, not a contact. Nothing was saved.').waitFor();
    await page.getByText('Booth 42: free coffee').waitFor();
    await page.screenshot({ path: join(screenshotDir, 'scan-text-phone.png') });
    expect((await listPeople(e2e.server.deps, { limit: 10 })).items).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('leaves the scanner with Escape, back on the button that opened it (keyboard, desktop)', async () => {
    const { context, page, errors } = await openPage(e2e.browser, viewports.desktop);
    await page.goto(`${e2e.server.url}/capture`);
    const scan = page.getByRole('button', { name: 'Scan a QR code' });
    await scan.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Scan a QR code' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('heading', { name: 'Scan a QR code' }).count()).toBe(0);
    // (Browser code as a string: the tests' TypeScript has no DOM types.)
    await expect.poll(() => page.evaluate('document.activeElement?.textContent')).toBe('Scan a QR code');
    // Escape from a control inside it too (the photo button), not only its heading.
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Use camera' }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('heading', { name: 'Scan a QR code' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('makes your card in Settings: the fields you choose, a QR code that scans back to them, and a download link', async () => {
    const { context, page, errors } = await openPage(e2e.browser, viewports.phone);
    await page.goto(`${e2e.server.url}/settings`);
    const section = page.getByRole('region', { name: 'My card' });
    await section.getByLabel('Name (always on the card)').fill('Ada Lovelace');
    await section.getByRole('textbox', { name: 'Title', exact: true }).fill('Analyst');
    await section.getByRole('textbox', { name: 'Email', exact: true }).fill('ada@example.com');
    await section.getByRole('textbox', { name: 'Phone', exact: true }).fill('+44 20 7946 0958');
    await section.getByRole('checkbox', { name: 'Title', exact: true }).check();
    await section.getByRole('checkbox', { name: 'Email', exact: true }).check();
    await section.getByRole('checkbox', { name: 'Phone', exact: true }).uncheck();
    await section.getByRole('button', { name: 'Save my card' }).click();
    await section.getByText('Saved.', { exact: false }).waitFor();

    // The QR code on the screen, read through the scan path, gives the chosen fields only.
    const qr = section.getByRole('img', { name: 'QR code of your card' });
    await qr.scrollIntoViewIfNeeded();
    await expect
      .poll(async () => {
        const { data, info } = await sharp(await qr.screenshot())
          .ensureAlpha()
          .raw()
          .toBuffer({ resolveWithObject: true });
        return scanPixels({ data: new Uint8ClampedArray(data), width: info.width, height: info.height });
      })
      .toMatchObject({
        kind: 'vcard',
        contact: { name: 'Ada Lovelace', title: 'Analyst', emails: ['ada@example.com'], phones: [] },
      });
    await section.getByRole('heading', { name: 'My card' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshotDir, 'my-card-phone.png') });

    await section.getByRole('button', { name: 'Make a link' }).click();
    await section.locator('.secret code').waitFor();
    await section.screenshot({ path: join(screenshotDir, 'my-card-section-phone.png') });
    const link = (await section.locator('.secret code').textContent()) ?? '';
    expect(link).toMatch(/\/card\/[0-9a-z]+\.[A-Za-z0-9_-]{22}$/);
    const download = await page.request.get(link);
    expect(download.headers()['content-type']).toBe('text/vcard; charset=utf-8');
    expect(await download.text()).toContain('TITLE:Analyst');
    await section.getByRole('button', { name: 'Turn off link' }).click();
    await section.getByRole('button', { name: 'Make a link' }).waitFor();
    expect((await page.request.get(link)).status()).toBe(404);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads a QR code from the live camera through the same path', async () => {
    const camera = await launchBrowser([
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${await qrCameraFile('MECARD:N:Hopper,Grace;EMAIL:grace@navy.example;;')}`,
    ]);
    try {
      const context = await camera.newContext({ viewport: viewports.phone });
      await context.addCookies([
        {
          name: 'kith_session',
          value: e2e.server.authHeaders.cookie?.split('=')[1] ?? '',
          url: e2e.server.url,
        },
      ]);
      await context.grantPermissions(['camera'], { origin: e2e.server.url });
      const page = await context.newPage();
      await page.goto(`${e2e.server.url}/capture`);
      await page.getByRole('button', { name: 'Scan a QR code' }).click();
      await page.getByRole('button', { name: 'Use camera' }).click();
      await expect.poll(() => page.getByLabel('Name').inputValue(), { timeout: 10_000 }).toBe('Grace Hopper');
      expect(await page.getByLabel('Email or phone (optional)').inputValue()).toBe('grace@navy.example');
      await page.getByText('Filled from a contact card.').waitFor();
    } finally {
      await camera.close();
    }
  });
});
