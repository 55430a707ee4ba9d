import { beforeAll, describe, expect, it } from 'vitest';
import type {
  EventPrep,
  EventView,
  FollowUp,
  KithEvent,
  MeetResult,
  SourcesReport,
} from '../../src/core/events/schema.js';
import type { Organization, OrganizationView } from '../../src/core/organizations/schema.js';
import type { Person } from '../../src/core/people/schema.js';
import { runKith, runKithOk, tempDataDir } from '../support/cli.js';

describe('kith events and orgs', () => {
  let dir: string;
  const kith = (...args: string[]) => runKith(dir, args);
  const ok = (...args: string[]) => runKithOk(dir, args);

  beforeAll(async () => {
    dir = tempDataDir();
  });

  it('adds an organization, your membership and an event of it, all readable as JSON', async () => {
    const org = (
      await ok('orgs', 'add', 'Logistics Association', '--kind', 'trade_association', '--json')
    ).json<Organization>();
    expect(org).toMatchObject({ name: 'Logistics Association', kind: 'trade_association', membership: null });
    const joined = (
      await ok('orgs', 'join', 'logistics', '--role', 'officer', '--since', '2024-01-15', '--json')
    ).json<Organization>();
    expect(joined.membership).toEqual({ role: 'officer', since: '2024-01-15', renewsOn: null, reminderId: null });
    const event = (
      await ok(
        'events',
        'add',
        'Logistics World 2026',
        '--kind',
        'convention',
        '--starts',
        '2026-05-20',
        '--ends',
        '2026-05-22',
        '--location',
        'FIL, Lisbon',
        '--org',
        'Logistics Association',
        '--status',
        'attended',
        '--json',
      )
    ).json<KithEvent>();
    expect(event).toMatchObject({ kind: 'convention', organizationId: org.id, endsOn: '2026-05-22' });
    expect((await ok('events', 'list', '--json')).json<KithEvent[]>().map((e) => e.id)).toEqual([event.id]);
    expect((await ok('orgs', 'list', '--json')).json<Organization[]>().map((o) => o.id)).toEqual([org.id]);
    expect((await ok('events', 'list')).stdout).toContain('Logistics World 2026');
  });

  it('records people met (known by name, or new with the people add flags) and attending', async () => {
    await ok('people', 'add', 'Ada Okafor', '--tier', 'close', '--location', 'Lisbon');
    await ok('people', 'add', 'Bo Lind');
    const known = (
      await ok('events', 'met', 'logistics world', 'ada', '--note', 'warehouse robots', '--json')
    ).json<MeetResult>();
    expect(known).toMatchObject({
      created: false,
      person: { displayName: 'Ada Okafor' },
      link: { followUp: 'pending' },
    });
    const fresh = await kith(
      'events',
      'met',
      'logistics world',
      'Grace Mensah',
      '--company',
      'Accra Ports',
      '--email',
      'grace@example.com',
    );
    expect(fresh.code).toBe(0);
    expect(fresh.stdout).toMatch(/^Added Grace Mensah \(\w+\), met at Logistics World 2026\n$/);
    const grace = (await ok('people', 'show', 'grace', '--json')).json<Person>();
    expect(grace).toMatchObject({ company: 'Accra Ports', emails: [{ value: 'grace@example.com', label: null }] });
    expect((await ok('events', 'attending', 'logistics world', 'bo')).stdout).toBe(
      'Bo Lind will be at Logistics World 2026\n',
    );
    expect((await ok('events', 'attending', 'logistics world', 'grace')).stdout).toBe(
      'You met Grace Mensah at Logistics World 2026 already\n',
    );
    const view = (await ok('events', 'show', 'logistics world', '--json')).json<EventView>();
    expect(view.people.map((p) => [p.displayName, p.relation])).toEqual([
      ['Ada Okafor', 'met'],
      ['Grace Mensah', 'met'],
      ['Bo Lind', 'attending'],
    ]);
    expect(view.organization?.name).toBe('Logistics Association');
  });

  it('lists follow-ups in the daily list until dismissed or followed up, and explains a bad name', async () => {
    const followUps = (await ok('events', 'followups', 'logistics world', '--json')).json<FollowUp[]>();
    expect(followUps.map((f) => [f.personName, f.dueOn])).toEqual([
      ['Ada Okafor', '2026-05-24'],
      ['Grace Mensah', '2026-05-24'],
    ]);
    await ok('events', 'dismiss', 'logistics world', 'grace');
    expect((await ok('events', 'followups', '--json')).json<FollowUp[]>().map((f) => f.personName)).toEqual([
      'Ada Okafor',
    ]);
    expect((await ok('events', 'followups')).stdout).toContain('Ada Okafor');
    // The daily list proposes a follow-up while the meeting is fresh: a month after the event at most.
    const today = async (asOf = '2026-05-25') =>
      (await ok('today', '--as-of', asOf, '--json')).json<{ name: string; reasons: string[] }[]>();
    expect((await today('2026-06-30')).find((entry) => entry.name === 'Ada Okafor')?.reasons ?? []).not.toContainEqual(
      expect.stringContaining('met at Logistics World 2026'),
    );
    expect((await today()).find((entry) => entry.name === 'Ada Okafor')?.reasons).toContainEqual(
      expect.stringContaining('met at Logistics World 2026'),
    );
    await ok('log', 'Sent her the warehouse deck', '--with', 'ada', '--kind', 'email');
    expect((await ok('events', 'followups', '--json')).json<FollowUp[]>()).toEqual([]);
    expect((await today()).find((entry) => entry.name === 'Ada Okafor')).toBeUndefined();
    const missing = await kith('events', 'followups', 'no such event');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('kith: No event with id or name "no such event"\n');
  });

  it('prepares for an event and reports the sources of your network', async () => {
    await ok('orgs', 'affiliate', 'logistics', 'bo', '--role', 'chair');
    const prep = (await ok('events', 'prep', 'logistics world', '--json')).json<EventPrep>();
    // Only who will be there: Ada and Grace were met there already.
    expect(prep.attending.map((p) => p.displayName)).toEqual(['Bo Lind']);
    expect(prep.affiliated.map((p) => p.displayName)).toEqual(['Bo Lind']);
    expect(prep.local.map((p) => p.displayName)).toEqual(['Ada Okafor']);
    expect(prep.mealSuggestions[0]?.displayName).toBe('Ada Okafor');
    expect((await ok('events', 'prep', 'logistics world')).stdout).toContain('Ask to a meal');

    const sources = (await ok('sources', '--json')).json<SourcesReport>();
    expect(sources.sources.map((s) => [s.kind, s.name, s.introduced])).toEqual([
      ['organization', 'Logistics Association', 2],
      ['event', 'Logistics World 2026', 2],
    ]);
    const org = (await ok('orgs', 'show', 'logistics', '--json')).json<OrganizationView>();
    expect(org.members.map((m) => m.displayName)).toEqual(['Bo Lind']);
    expect(org.peopleMet.map((m) => m.displayName)).toEqual(['Ada Okafor', 'Grace Mensah']);
  });

  it('rejects bad input with one line and exit 1, bad usage with exit 2, and changes nothing', async () => {
    const before = (await ok('events', 'list', '--json')).stdout;
    const badDate = await kith('events', 'add', 'X', '--starts', '2026-02-30');
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toBe('kith: --starts: is not a real calendar date\n');
    const badEmail = await kith('events', 'met', 'logistics world', 'Zed', '--email', 'nope');
    expect(badEmail.code).toBe(1);
    expect(badEmail.stderr).toContain('--email: is not a valid email address');
    expect((await kith('people', 'show', 'Zed')).code).toBe(1);
    expect((await kith('events', 'add', 'X')).code).toBe(2);
    expect((await kith('events', 'add', 'X', '--starts', '2026-01-01', '--kind', 'party')).code).toBe(2);
    expect((await ok('events', 'list', '--json')).stdout).toBe(before);
  });

  it('deletes an event and an organization, saying what was unlinked, and keeps the people', async () => {
    expect((await ok('events', 'rm', 'logistics world')).stdout).toBe(
      'Deleted Logistics World 2026; unlinked 3 people and 2 interactions\n',
    );
    expect((await ok('orgs', 'rm', 'logistics')).stdout).toBe(
      'Deleted Logistics Association; unlinked 1 affiliation and 0 events\n',
    );
    expect((await ok('people', 'list', '--json')).json<Person[]>()).toHaveLength(3);
    expect((await ok('events', 'list', '--json')).json<KithEvent[]>()).toEqual([]);
  });
});
