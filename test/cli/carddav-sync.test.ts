import { type ChildProcess, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Person } from '../../src/core/people/schema.js';
import { runKith, tempDataDir } from '../support/cli.js';
import { fixturesDir } from '../support/fixtures.js';
import { serve } from '../support/serve.js';

const installed = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
/** `.ci/run` installs both (Debian packages); a machine without them skips this suite. */
const clients = installed('vdirsyncer') && installed('khard');

/**
 * A folder synced with a running `kith serve` by vdirsyncer, and khard reading that folder.
 * With `fromRoot`, vdirsyncer is given the server's root and discovers the address book
 * (through /.well-known/carddav) instead of being given the book's URL.
 */
function syncedFolder(base: string, email: string, password: string, fromRoot = false) {
  const root = tempDataDir();
  // Discovered, the book is the collection "kith": a folder of that name in the folder storage.
  const books = join(root, 'books');
  const contacts = fromRoot ? join(books, 'kith') : join(root, 'contacts');
  mkdirSync(contacts, { recursive: true });
  mkdirSync(join(root, 'status'));
  const vdirsyncerConfig = join(root, 'vdirsyncer.conf');
  const pointAt = (at: string, secret: string) =>
    writeFileSync(
      vdirsyncerConfig,
      `[general]
status_path = "${join(root, 'status')}"

[pair phone]
a = "kith"
b = "folder"
collections = ${fromRoot ? '["from a"]' : 'null'}
conflict_resolution = "a wins"

[storage kith]
type = "carddav"
url = "${fromRoot ? `${at}/` : `${at}/dav/addressbooks/kith/`}"
username = "${email}"
password = "${secret}"

[storage folder]
type = "filesystem"
path = "${fromRoot ? books : contacts}"
fileext = ".vcf"
`,
    );
  pointAt(base, password);
  const editor = join(root, 'edit.sh');
  // khard opens its YAML template in $EDITOR: this one changes the title and leaves the rest.
  writeFileSync(editor, '#!/bin/sh\nsed -i "s/^Title *:.*/Title : Chief Engineer/" "$1"\n');
  chmodSync(editor, 0o755);
  const khardConfig = join(root, 'khard.conf');
  writeFileSync(
    khardConfig,
    `[addressbooks]
[[phone]]
path = ${contacts}

[general]
editor = ${editor}
merge_editor = ${editor}

[vcard]
preferred_version = 3.0
`,
  );
  const run = (command: string, args: string[], input?: string) => {
    const result = spawnSync(command, args, { encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
    const output = `${result.stdout}${result.stderr}`;
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${output}`);
    return output;
  };
  return {
    contacts,
    /** The same folder and sync state against a kith at another address and app password (a moved or restored server). */
    pointAt,
    discover: () => run('vdirsyncer', ['-c', vdirsyncerConfig, 'discover', 'phone'], 'y\n'),
    /** One sync; returns what vdirsyncer did (its "Copying …" and "Deleting …" lines). */
    sync: () =>
      run('vdirsyncer', ['-c', vdirsyncerConfig, 'sync'])
        .split('\n')
        .filter((line) => /^(Copying|Deleting)/.test(line)),
    khardEdit: (uid: string) => run('khard', ['-c', khardConfig, 'edit', '-u', uid]),
    /** khard's edit with another change to its YAML template: a sed expression. */
    khardEditWith: (uid: string, expression: string) => {
      writeFileSync(editor, `#!/bin/sh\nsed -i "${expression}" "$1"\n`);
      try {
        return run('khard', ['-c', khardConfig, 'edit', '-u', uid]);
      } finally {
        writeFileSync(editor, '#!/bin/sh\nsed -i "s/^Title *:.*/Title : Chief Engineer/" "$1"\n');
      }
    },
    khard: (...args: string[]) => run('khard', ['-c', khardConfig, ...args]),
    files: () => readdirSync(contacts).map((name) => readFileSync(join(contacts, name), 'utf8')),
    fileOf: (text: string) =>
      readdirSync(contacts).find((name) => readFileSync(join(contacts, name), 'utf8').includes(text)),
  };
}

describe.skipIf(!clients)('CardDAV with real clients: vdirsyncer syncs a folder both ways, khard edits it', () => {
  const children: ChildProcess[] = [];
  afterEach(async () => {
    for (const child of children.splice(0)) child.kill('SIGTERM');
  });

  it('brings every person down, carries edits and deletes both ways, and a sync with no changes transfers nothing', async () => {
    const dir = tempDataDir();
    const add = async (args: string[]) => (await runKith(dir, ['people', 'add', ...args, '--json'])).json<Person>();
    const ada = await add(['Ada Okafor', '--email', 'ada@example.com', '--tier', 'inner', '--topic', 'supply chain']);
    const bo = await add(['Bo Lind', '--phone', '+46 70 123 45 67']);
    const cy = await add(['Cy Gone', '--company', 'Gone Ltd']);
    const password = (await runKith(dir, ['tokens', 'create', '--name', 'phone', '--dav'])).stdout.trim();
    const started = await serve(dir);
    children.push(started.child);
    const folder = syncedFolder(started.base, 'owner@localhost', password);
    folder.discover();

    // First sync: everyone comes down.
    expect(folder.sync()).toHaveLength(3);
    expect(
      folder
        .files()
        .map((text) => text.match(/FN:(.*)/)?.[1]?.trim())
        .sort(),
    ).toEqual(['Ada Okafor', 'Bo Lind', 'Cy Gone']);
    expect(folder.sync()).toEqual([]);

    // khard edits a card in the folder; it reaches kith, kith's own fields stay.
    folder.khardEdit(`urn:kith:${ada.id}`);
    expect(folder.sync()).toEqual([expect.stringMatching(/Copying \(updating\).*to kith$/)]);
    expect((await runKith(dir, ['people', 'show', ada.id, '--json'])).json<Person>()).toMatchObject({
      title: 'Chief Engineer',
      tier: 'inner',
      topics: ['supply chain'],
    });

    // A change made in kith reaches the folder.
    expect((await runKith(dir, ['people', 'edit', bo.id, '--company', 'Fjord Analytics'])).code).toBe(0);
    folder.sync();
    expect(folder.files().find((text) => text.includes('FN:Bo Lind'))).toContain('ORG:Fjord Analytics');

    // A card made in the folder, with properties kith does not model, becomes a person and keeps them.
    writeFileSync(
      join(folder.contacts, 'dee.vcf'),
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dee Phone\r\nN:Phone;Dee;Ann;Dr.;Jr.\r\nNICKNAME:Dee,DP\r\nORG:Acme Corp;Robotics\r\nEMAIL:dee@example.com\r\nIMPP:xmpp:dee@example.com\r\nX-CUSTOM;TYPE=a:kept as is\r\nUID:dee-from-phone\r\nEND:VCARD\r\n',
    );
    expect(folder.sync()).toEqual([expect.stringMatching(/uploading.*dee-from-phone/)]);
    const people = (await runKith(dir, ['people', 'list', '--json'])).json<Person[]>();
    expect(people.map((person) => person.displayName)).toContain('Dee Phone');
    const fetched = await fetch(`${started.base}/dav/addressbooks/kith/dee-from-phone.vcf`, {
      headers: { authorization: `Basic ${Buffer.from(`owner@localhost:${password}`).toString('base64')}` },
    });
    const card = await fetched.text();
    expect(card).toContain('IMPP:xmpp:dee@example.com');
    expect(card).toContain('X-CUSTOM;TYPE=a:kept as is');
    // Parts of modeled properties kith does not model come back as they went.
    for (const line of ['N:Phone;Dee;Ann;Dr.;Jr.', 'NICKNAME:Dee,DP', 'ORG:Acme Corp;Robotics']) {
      expect(card).toContain(`\r\n${line}\r\n`);
    }

    // Deletes: in the folder → archived in kith (restorable); in kith → gone from the folder.
    const cyFile = folder.fileOf('FN:Cy Gone');
    rmSync(join(folder.contacts, cyFile ?? 'missing'));
    folder.sync();
    expect((await runKith(dir, ['people', 'show', cy.id, '--json'])).json<Person>()).toMatchObject({ archived: true });
    expect((await runKith(dir, ['people', 'rm', bo.id])).code).toBe(0);
    folder.sync();
    expect(folder.files().some((text) => text.includes('FN:Bo Lind'))).toBe(false);
    expect(existsSync(join(folder.contacts, cyFile ?? 'missing'))).toBe(false);

    // Settled: two syncs in a row, the second with nothing to do.
    folder.sync();
    expect(folder.sync()).toEqual([]);
  }, 180_000);

  it("carries a person's anniversary and other dates through khard's edit and back, never doubled, and a phone's nicknames on several lines", async () => {
    const dir = tempDataDir();
    const ada = (
      await runKith(dir, ['people', 'add', 'Ada Okafor', '--email', 'ada@example.com', '--json'])
    ).json<Person>();
    await runKith(dir, ['occasions', 'add', ada.id, 'anniversary', '--date', '2010-06-12']);
    await runKith(dir, ['occasions', 'add', ada.id, 'name day', '--date', '03-02']);
    const dates = async (id: string) =>
      (await runKith(dir, ['occasions', 'list', id, '--json']))
        .json<{ label: string; date: string }[]>()
        .map((occasion) => `${occasion.label} ${occasion.date}`);
    const password = (await runKith(dir, ['tokens', 'create', '--name', 'phone', '--dav'])).stdout.trim();
    const started = await serve(dir);
    children.push(started.child);
    const folder = syncedFolder(started.base, 'owner@localhost', password);
    folder.discover();
    expect(folder.sync()).toHaveLength(1);
    expect(folder.khard('show', '-u', `urn:kith:${ada.id}`)).toContain('Anniversary: 06/12/10');
    folder.khardEdit(`urn:kith:${ada.id}`);
    expect(folder.sync()).toEqual([expect.stringMatching(/Copying \(updating\).*to kith$/)]);
    expect(await dates(ada.id)).toEqual(['name day --03-02', 'anniversary 2010-06-12']);
    folder.sync();
    expect(folder.sync()).toEqual([]);
    // khard changes the anniversary (its X-ANNIVERSARY; Apple's X-ABDATE stays as kith wrote it): the change is kept, once.
    folder.khardEditWith(`urn:kith:${ada.id}`, "s/^Anniversary *:.*/Anniversary : '2011-06-12'/");
    expect(folder.sync()).toEqual([expect.stringMatching(/Copying \(updating\).*to kith$/)]);
    expect(await dates(ada.id)).toEqual(['name day --03-02', 'anniversary 2011-06-12']);
    folder.sync();
    expect(folder.sync()).toEqual([]);

    // A phone's card: Apple's anniversary, and nicknames on two lines, both of which come back.
    writeFileSync(
      join(folder.contacts, 'dee.vcf'),
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dee Phone\r\nN:Phone;Dee;;;\r\nNICKNAME:Dee\r\nNICKNAME:DP\r\nitem1.X-ABDATE;type=pref:2012-07-01\r\nitem1.X-ABLabel:_$!<Anniversary>!$_\r\nUID:dee-from-phone\r\nEND:VCARD\r\n',
    );
    expect(folder.sync()).toEqual([expect.stringMatching(/uploading.*dee-from-phone/)]);
    const dee = (await runKith(dir, ['people', 'list', '--json']))
      .json<Person[]>()
      .find((p) => p.displayName === 'Dee Phone');
    expect(dee?.nickname).toBe('Dee');
    expect(await dates(dee?.id ?? '')).toEqual(['anniversary 2012-07-01']);
    folder.sync();
    const card = folder.files().find((text) => text.includes('FN:Dee Phone')) ?? '';
    expect(card.match(/^NICKNAME:.*$/gm)?.map((line) => line.trim())).toEqual(['NICKNAME:Dee', 'NICKNAME:DP']);
    expect(folder.sync()).toEqual([]);
    expect(await dates(dee?.id ?? '')).toEqual(['anniversary 2012-07-01']);
  }, 180_000);

  it('after a backup restored into a new data dir, a folder synced before gets every card again, edits after the restore included', async () => {
    const before = tempDataDir();
    const add = async (dir: string, args: string[]) =>
      (await runKith(dir, ['people', 'add', ...args, '--json'])).json<Person>();
    const ann = await add(before, ['Ann Arbor', '--email', 'ann@example.com']);
    await add(before, ['Ben Bold']);
    const oldPassword = (await runKith(before, ['tokens', 'create', '--name', 'phone', '--dav'])).stdout.trim();
    const old = await serve(before);
    children.push(old.child);
    const folder = syncedFolder(old.base, 'owner@localhost', oldPassword);
    folder.discover();
    expect(folder.sync()).toHaveLength(2);
    expect((await runKith(before, ['people', 'edit', ann.id, '--title', 'Engineer'])).code).toBe(0);
    expect(folder.sync()).toHaveLength(1);
    const backup = join(before, 'backup.json');
    expect((await runKith(before, ['backup', backup, '--json'])).code).toBe(0);
    old.child.kill('SIGTERM');

    // The restored kith counts card revisions afresh: two edits bring Ann's back to where the folder's copy was.
    const after = tempDataDir();
    expect((await runKith(after, ['restore', backup])).code).toBe(0);
    expect((await runKith(after, ['people', 'edit', ann.id, '--title', 'Chief Engineer'])).code).toBe(0);
    expect((await runKith(after, ['people', 'edit', ann.id, '--title', 'Retired Engineer'])).code).toBe(0);
    const password = (await runKith(after, ['tokens', 'create', '--name', 'phone', '--dav'])).stdout.trim();
    const restored = await serve(after);
    children.push(restored.child);
    folder.pointAt(restored.base, password);
    folder.discover();
    folder.sync();
    expect(folder.files().find((text) => text.includes('FN:Ann Arbor'))).toContain('TITLE:Retired Engineer');
    expect(folder.sync()).toEqual([]);
  }, 180_000);

  it('discovers the address book from the server root (PROPFIND on /.well-known/carddav, redirected)', async () => {
    const dir = tempDataDir();
    await runKith(dir, ['people', 'add', 'Ada Okafor', '--email', 'ada@example.com']);
    const password = (await runKith(dir, ['tokens', 'create', '--name', 'phone', '--dav'])).stdout.trim();
    const started = await serve(dir);
    children.push(started.child);
    const folder = syncedFolder(started.base, 'owner@localhost', password, true);
    expect(folder.discover()).toMatch(/kith:\s*\n\s*- "kith"/);
    expect(folder.sync()).toHaveLength(1);
    expect(folder.files()[0]).toContain('FN:Ada Okafor');
  }, 180_000);

  it("carries photos both ways (kith's resized picture down, a phone's up) and serves vCard 4.0 that khard reads", async () => {
    const dir = tempDataDir();
    const ada = (
      await runKith(dir, ['people', 'add', 'Ada Okafor', '--email', 'ada@example.com', '--json'])
    ).json<Person>();
    const portrait = join(fixturesDir, 'photos', 'portrait-rotated.jpg');
    expect((await runKith(dir, ['people', 'photo', ada.id, portrait])).code).toBe(0);
    const password = (await runKith(dir, ['tokens', 'create', '--name', 'phone', '--dav'])).stdout.trim();
    const started = await serve(dir);
    children.push(started.child);
    const folder = syncedFolder(started.base, 'owner@localhost', password);
    folder.discover();
    expect(folder.sync()).toHaveLength(1);

    // The folder's card carries kith's picture: 384x512 JPEG bytes, as vobject (khard's parser) decodes them.
    const saved = join(dir, 'ada.jpg');
    expect((await runKith(dir, ['people', 'photo', ada.id, '--out', saved])).code).toBe(0);
    const adaFile = join(folder.contacts, folder.fileOf('FN:Ada Okafor') ?? 'missing');
    // Debian's python3, where python3-vobject is installed (not a python on PATH before it).
    const decoded = spawnSync(
      '/usr/bin/python3',
      [
        '-c',
        'import sys,vobject;c=vobject.readOne(open(sys.argv[1]).read());sys.stdout.buffer.write(c.photo.value)',
        adaFile,
      ],
      { maxBuffer: 10 * 1024 * 1024 },
    );
    expect(decoded.status).toBe(0);
    expect(Buffer.compare(decoded.stdout, readFileSync(saved))).toBe(0);

    // A phone's card with a large photo reaches kith resized.
    const picture = readFileSync(portrait).toString('base64');
    const folded = `PHOTO;ENCODING=b;TYPE=JPEG:${picture}`.replace(/(.{74})/g, '$1\r\n ');
    writeFileSync(
      join(folder.contacts, 'rosa.vcf'),
      `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Rosa Delgado\r\nN:Delgado;Rosa;;;\r\n${folded}\r\nUID:rosa-from-phone\r\nEND:VCARD\r\n`,
    );
    expect(folder.sync()).toEqual([expect.stringMatching(/uploading.*rosa-from-phone/)]);
    expect((await runKith(dir, ['people', 'photo', 'Rosa Delgado', '--json'])).json()).toMatchObject({
      width: 384,
      height: 512,
    });
    folder.sync();
    expect(folder.sync()).toEqual([]);

    // vCard 4.0 when asked: khard reads the card kith serves in 4.0.
    const v4 = await fetch(`${started.base}/dav/addressbooks/kith/${ada.id}.vcf`, {
      headers: {
        authorization: `Basic ${Buffer.from(`owner@localhost:${password}`).toString('base64')}`,
        accept: 'text/vcard; version=4.0',
      },
    });
    const text = await v4.text();
    expect(text).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0/);
    expect(text.replace(/\r\n /g, '')).toContain('PHOTO:data:image/jpeg;base64,');
    rmSync(adaFile);
    writeFileSync(join(folder.contacts, 'ada-v4.vcf'), text);
    const shown = folder.khard('show', '--format', 'yaml', '-u', `urn:kith:${ada.id}`);
    expect(shown).toMatch(/Ada/);
    expect(shown).toContain('ada@example.com');
  }, 180_000);
});
