import { beforeAll, describe, expect, it } from 'vitest';
import type { KithEvent } from '../../src/core/events/schema.js';
import type { AffiliateResult, Organization } from '../../src/core/organizations/schema.js';
import { addDays, localDateOf, systemTimeZone } from '../../src/core/shared/dates.js';
import { runKith, runKithOk, tempDataDir } from '../support/cli.js';

describe('kith events edit and orgs join|affiliate: what an edit may not undo', () => {
  let dir: string;
  const kith = (...args: string[]) => runKith(dir, args);
  const ok = (...args: string[]) => runKithOk(dir, args);
  // The CLI runs on the real clock, in the system's zone.
  const today = localDateOf(new Date(), systemTimeZone());

  beforeAll(() => {
    dir = tempDataDir();
  });

  it('refuses moving an event after the day you met someone there, naming --starts, and changes nothing', async () => {
    const starts = addDays(today, -3);
    const ends = addDays(today, -1);
    await ok('events', 'add', 'Logistics World', '--starts', starts, '--ends', ends);
    // Recorded today, after it ended: met on its last day.
    await ok('events', 'met', 'logistics world', 'Ada Okafor');
    const before = (await ok('events', 'show', 'logistics world', '--json')).stdout;
    const moved = await kith(
      'events',
      'edit',
      'logistics world',
      ...['--starts', addDays(today, 90), '--ends', addDays(today, 92), '--status', 'planned'],
    );
    expect(moved.code).toBe(1);
    expect(moved.stderr).toBe(`kith: --starts: must not be after ${ends}: you met 1 person here that day\n`);
    expect((await ok('events', 'show', 'logistics world', '--json')).stdout).toBe(before);
    const long = await kith('events', 'edit', 'logistics world', '--name', 'x'.repeat(5000));
    expect(long.stderr).toBe('kith: --name: must be at most 200 characters\n');
    expect((await ok('events', 'list', '--json')).json<KithEvent[]>().map((event) => event.name)).toEqual([
      'Logistics World',
    ]);
  });

  it('refuses a renewal before member since, naming --renews', async () => {
    await ok('orgs', 'add', 'Logistics Association');
    const refused = await kith('orgs', 'join', 'logistics', '--since', '2025-03-01', '--renews', '2024-01-01');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('kith: --renews: must not be before member since (2025-03-01)\n');
    expect((await ok('orgs', 'show', 'logistics', '--json')).json<{ organization: Organization }>()).toMatchObject({
      organization: { membership: null },
    });
  });

  it('says what adding someone already there changed', async () => {
    await ok('people', 'add', 'Grace Mensah');
    expect((await ok('orgs', 'affiliate', 'logistics', 'grace', '--role', 'member')).stdout).toBe(
      'Grace Mensah: member at Logistics Association\n',
    );
    expect((await ok('orgs', 'affiliate', 'logistics', 'grace', '--role', 'treasurer')).stdout).toBe(
      'Grace Mensah: treasurer at Logistics Association (already listed there; was member)\n',
    );
    const json = (await ok('orgs', 'affiliate', 'logistics', 'grace', '--past', '--json')).json<AffiliateResult>();
    expect(json).toMatchObject({ role: null, current: false, previous: { role: 'treasurer', current: true } });
  });
});
