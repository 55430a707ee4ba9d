import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../../test/support/fixtures.js';
import { cleanBase64, PHOTO_SIDE, PhotoError, preparePicture } from './photo.js';

const portrait = readFileSync(join(fixturesDir, 'photos', 'portrait-rotated.jpg'));

describe('preparePicture', () => {
  it('turns a photo upright by its EXIF orientation, fits it in 512 px and drops its metadata', async () => {
    const picture = await preparePicture(portrait);
    expect([picture.contentType, picture.width, picture.height]).toEqual(['image/jpeg', 384, 512]);
    const meta = await sharp(picture.data).metadata();
    expect([meta.width, meta.height, meta.exif, meta.orientation]).toEqual([384, 512, undefined, undefined]);
    // Prepared again, it is kept as it is: the same bytes, the same version.
    const again = await preparePicture(picture.data);
    expect(again.hash).toBe(picture.hash);
    expect(Buffer.compare(again.data, picture.data)).toBe(0);
  });

  it('refuses an empty, oversize or undecodable picture with a KithError saying what', async () => {
    await expect(preparePicture(new Uint8Array())).rejects.toMatchObject({ code: 'PHOTO_UNREADABLE' });
    await expect(preparePicture(new Uint8Array(10 * 1024 * 1024 + 1))).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
    });
    await expect(preparePicture(Buffer.from('GIF89a not really'))).rejects.toMatchObject({ code: 'PHOTO_UNREADABLE' });
    // A JPEG cut short is caught, not stored.
    await expect(preparePicture(portrait.subarray(0, 4000))).rejects.toMatchObject({ code: 'PHOTO_UNREADABLE' });
  });

  it('never crashes on damaged pictures: each is stored within 512 px or refused with a PhotoError', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.nat({ max: portrait.length - 1 }), byte: fc.integer({ min: 0, max: 255 }) }), {
          maxLength: 20,
        }),
        fc.nat({ max: portrait.length }),
        async (edits, cut) => {
          const damaged = Buffer.from(portrait.subarray(0, Math.max(cut, 2)));
          for (const { at, byte } of edits) if (at < damaged.length) damaged[at] = byte;
          try {
            const picture = await preparePicture(damaged);
            expect(Math.max(picture.width, picture.height)).toBeLessThanOrEqual(PHOTO_SIDE);
          } catch (error) {
            expect(error instanceof PhotoError, String(error)).toBe(true);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('reads base64 with line breaks and refuses other text', () => {
    expect(cleanBase64('/9j/\r\n AA BB==')).toBe('/9j/AABB==');
    expect(cleanBase64('AB=')).toBe('AB=');
    expect(cleanBase64('not base64!')).toBeNull();
    expect(cleanBase64('AB===')).toBeNull();
    expect(cleanBase64('A=B')).toBeNull();
    expect(cleanBase64('==')).toBeNull();
    expect(cleanBase64('')).toBeNull();
  });

  it('checks 20 MB of base64 whether or not V8 optimizes its regular expressions', () => {
    // Unoptimized, a pattern matching the whole text keeps a backtrack entry per character:
    // a clean-clone run failed on a phone's photo with "Maximum call stack size exceeded".
    const script = `import { cleanBase64 } from ${JSON.stringify(new URL('./photo.ts', import.meta.url).href)};
      const data = 'QUJD'.repeat(5 * 1024 * 1024);
      process.stdout.write(String(cleanBase64(data + '==')?.length));`;
    const run = spawnSync(
      process.execPath,
      ['--no-regexp-optimization', '--import', 'tsx', '--input-type=module', '-e', script],
      { encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(String(20 * 1024 * 1024 + 2));
  });
});
