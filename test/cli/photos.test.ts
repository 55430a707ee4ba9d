import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../../src/core/people/schema.js';
import { runKith, tempDataDir } from '../support/cli.js';
import { fixturesDir } from '../support/fixtures.js';

const photo = (name: string) => join(fixturesDir, 'photos', name);

describe('kith people photo, and addresses on people add/edit', () => {
  let dir: string;
  const kith = (...args: string[]) => runKith(dir, args);

  beforeAll(async () => {
    dir = tempDataDir();
    expect((await kith('people', 'add', 'Ada Okafor')).code).toBe(0);
  }, 60_000);

  it('sets a photo from a file, shows and saves it, refuses a bad file clearly, and removes it', async () => {
    const set = await kith('people', 'photo', 'Ada Okafor', photo('portrait-rotated.jpg'), '--json');
    expect(set.stderr).toBe('');
    expect(set.json()).toMatchObject({ kind: 'image', width: 384, height: 512, contentType: 'image/jpeg' });
    expect((await kith('people', 'photo', 'Ada Okafor')).stdout).toBe("Ada Okafor's photo: 384x512 image/jpeg\n");
    expect((await kith('people', 'show', 'Ada Okafor')).stdout).toContain('Photo: 384x512 image/jpeg\n');

    const out = join(dir, 'ada.jpg');
    expect((await kith('people', 'photo', 'Ada Okafor', '--out', out)).code).toBe(0);
    expect((await sharp(readFileSync(out)).metadata()).height).toBe(512);

    const bad = await kith('people', 'photo', 'Ada Okafor', photo('not-a-photo.jpg'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/cannot be read as a picture/);
    const missing = await kith('people', 'photo', 'Ada Okafor', join(dir, 'nope.jpg'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.jpg: no such file/);
    // The photo before is kept.
    expect((await kith('people', 'photo', 'Ada Okafor', '--json')).json()).toMatchObject({ height: 512 });

    expect((await kith('people', 'photo', 'Ada Okafor', '--remove')).stdout).toBe('Removed the photo of Ada Okafor\n');
    const none = await kith('people', 'photo', 'Ada Okafor', '--remove');
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/Ada Okafor has no photo/);
  }, 60_000);

  it('adds structured addresses with --address, appends on edit, clears with --clear-addresses', async () => {
    const added = await kith(
      'people',
      'add',
      'Bea Santos',
      '--address',
      'work: 12 Marina Rd; Lagos; Lagos State; 101001; Nigeria',
      '--address',
      '; Porto;; ; Portugal',
      '--json',
    );
    expect(added.stderr).toBe('');
    expect(added.json<Person>().addresses).toEqual([
      {
        label: 'work',
        street: '12 Marina Rd',
        city: 'Lagos',
        region: 'Lagos State',
        postcode: '101001',
        country: 'Nigeria',
      },
      { label: null, street: null, city: 'Porto', region: null, postcode: null, country: 'Portugal' },
    ]);
    expect(added.json<Person>().location).toBe('Lagos, Lagos State, Nigeria');

    const edited = await kith('people', 'edit', 'Bea Santos', '--address', 'home: 3 Rua Nova; Porto', '--json');
    expect(edited.json<Person>().addresses?.map((address) => address.label)).toEqual(['work', null, 'home']);
    const cleared = await kith('people', 'edit', 'Bea Santos', '--clear-addresses', '--address', 'Lisbon', '--json');
    expect(cleared.json<Person>().addresses).toEqual([
      { label: null, street: 'Lisbon', city: null, region: null, postcode: null, country: null },
    ]);

    const tooMany = await kith('people', 'edit', 'Bea Santos', '--address', 'a; b; c; d; e; f');
    expect(tooMany.code).toBe(1);
    expect(tooMany.stderr).toMatch(/--address "a; b; c; d; e; f": at most five parts/);
    expect((await kith('people', 'show', 'Bea Santos', '--json')).json<Person>().addresses).toHaveLength(1);
  }, 60_000);
});
