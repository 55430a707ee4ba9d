import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../src/core/import/schema.js';
import type { Person } from '../../src/core/people/schema.js';
import { runKith, tempDataDir } from '../support/cli.js';
import { exporterFixturesDir } from '../support/exporter-fixtures.js';

const sample = (name: string) => join(exporterFixturesDir, name);

describe('kith import of damaged and legacy vCard files', () => {
  let dir: string;
  const kith = (...args: string[]) => runKith(dir, args);

  beforeAll(async () => {
    dir = tempDataDir();
  });

  it('refuses a file with unreadable cards in one line naming each, then imports the rest with --skip-unreadable', async () => {
    const refused = await kith('import', 'vcard', sample('damaged.vcf'));
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    for (const line of [9, 15, 19, 24]) expect(refused.stderr).toContain(`vCard line ${line}: `);
    expect(refused.stderr.length).toBeLessThan(1000);
    expect((await kith('people', 'list', '--json')).json<Person[]>()).toEqual([]);

    const skipped = await kith('import', 'vcard', sample('damaged.vcf'), '--skip-unreadable');
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toMatch(/^Imported 8 records: 4 created, 0 updated, 4 skipped\n/);
    expect(skipped.stdout).toContain('\n  vCard line 15: END:VCARD and BEGIN:VCARD are on one line (a line break');
  });

  it('counts one record as one', async () => {
    expect((await kith('import', 'vcard', sample('android-2.1.vcf'))).stdout).toMatch(
      /^Imported 1 record: 1 created, 0 updated, 0 skipped\n/,
    );
  });

  it('imports an Outlook vCard 2.1 file', async () => {
    const result = await kith('import', 'vcard', sample('outlook-2003.vcf'), '--json');
    expect(result.json<ImportSummary>()).toMatchObject({ records: 2, created: 2 });
    const renee = (await kith('people', 'list', '--json'))
      .json<Person[]>()
      .find((person) => person.familyName === 'Lefèvre');
    expect(renee?.givenName).toBe('Renée');
  });
});
