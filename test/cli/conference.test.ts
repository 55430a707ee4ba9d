import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AttendeeList, MorningFollowUp, TalkSuggestions } from '../../src/core/conference/schema.js';
import type { KithEvent, MeetResult } from '../../src/core/events/schema.js';
import type { Person } from '../../src/core/people/schema.js';
import { runKith, runKithOk, tempDataDir } from '../support/cli.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'conference');

describe('kith conference mode: attendee list, slides after the talk, the next morning', () => {
  let dir: string;
  const kith = (...args: string[]) => runKith(dir, args);
  const ok = (...args: string[]) => runKithOk(dir, args);
  const people = async () => (await ok('people', 'list', '--json')).json<Person[]>();

  beforeAll(async () => {
    dir = tempDataDir();
    await ok('settings', 'timezone', 'Europe/Lisbon');
    await ok('settings', 'my-topics', 'supply chain', 'port logistics');
    await ok('people', 'add', 'Robert Mensah', '--company', 'Acme Freight', '--tier', 'regular');
    await ok('people', 'add', 'Adaeze Okafor', '--email', 'ada@okafor.dev', '--need', 'port logistics data');
    await ok('people', 'add', 'Lena Vogel', '--link', 'https://linkedin.com/in/lena-vogel');
    await ok('people', 'add', "Kathy O'Neill", '--company', 'Harbor Systems');
    await ok('log', 'Coffee in Porto', '--with', 'Robert Mensah', '--date', '2025-01-10');
  });

  it('imports an attendee list: known people matched under other spellings, strangers not added', async () => {
    const before = (await people()).length;
    await ok('events', 'add', 'DevConf', '--kind', 'conference', '--starts', '2026-06-10', '--ends', '2026-06-11');
    await ok('events', 'attending', 'DevConf', "Kathy O'Neill");
    const list = (
      await ok('events', 'attendees', 'DevConf', '--import', join(fixtures, 'attendees.csv'), '--json')
    ).json<AttendeeList>();
    expect(list.total).toBe(6);
    expect(list.known).toBe(4);
    const matched = Object.fromEntries(list.attendees.map((a) => [a.name, a.person?.displayName ?? null]));
    expect(matched).toEqual({
      'Bob Mensah': 'Robert Mensah',
      'Ada Okafor': 'Adaeze Okafor',
      'L. Vogel': 'Lena Vogel',
      "Katherine O'Neill": "Kathy O'Neill",
      'Priya Raman': null,
      'Tom Baker': null,
    });
    const why = Object.fromEntries(list.toFind.map((a) => [a.name, a.reasons]));
    expect(why["Katherine O'Neill"]).toContain('you planned to meet them here');
    expect(why['Ada Okafor']).toContain('they are looking for port logistics data: you follow port logistics');
    expect(why['Bob Mensah']).toContain('a dormant tie: you last spoke in January 2025');
    expect(list.strangers.map((a) => a.name)).toEqual(['Priya Raman']);
    expect(list.strangers[0]?.reasons).toEqual(['works on supply chain, which you follow']);
    expect((await people()).length).toBe(before);

    const text = (await ok('events', 'attendees', 'DevConf')).stdout;
    expect(text).toContain('you know 4 people here');
    expect(text).toContain('Bob Mensah (Robert Mensah)');
  });

  it('refuses a malformed list naming the line, and keeps the list before', async () => {
    const result = await kith('events', 'attendees', 'DevConf', '--import', join(fixtures, 'attendees-malformed.csv'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/line 3/);
    const list = (await ok('events', 'attendees', 'DevConf', '--json')).json<AttendeeList>();
    expect(list.total).toBe(6);
  });

  it('adds a stranger only when met, linked to the event; the next morning drafts their follow-up', async () => {
    const met = (
      await ok('events', 'attendees', 'DevConf', '--met', 'Priya', '--note', 'routing for cold-chain trucks', '--json')
    ).json<MeetResult>();
    expect(met.created).toBe(true);
    expect(met.person.displayName).toBe('Priya Raman');
    const priya = (await people()).find((p) => p.id === met.person.id);
    expect(priya).toMatchObject({ company: 'Freightly', title: 'Head of Supply Chain Analytics' });
    expect(priya?.emails.map((e) => e.value)).toEqual(['priya@freightly.io']);
    await ok('people', 'edit', 'Priya Raman', '--need', 'cold-chain carriers');
    await ok(
      'items',
      'add',
      '--title',
      'Cold-chain carriers in Iberia',
      '--text',
      'A directory of cold-chain carriers and refrigerated trucking across Spain and Portugal, for supply chain teams.',
    );
    const list = (await ok('events', 'attendees', 'DevConf', '--json')).json<AttendeeList>();
    expect(list.attendees.find((a) => a.name === 'Priya Raman')).toMatchObject({
      met: true,
      person: { id: met.person.id },
    });

    // The day after the event (its last day is 11 June): the daily list opens with her.
    const morning = (await ok('today', '--as-of', '2026-06-12')).stdout;
    expect(morning).toContain('The morning after DevConf');
    expect(morning).toContain('Hi Priya,');
    expect(morning).toContain('It was good to meet you at DevConf yesterday, and I enjoyed our conversation.');
    // The note is shown beside the draft, for you, and is not quoted in it.
    expect(morning).toContain('· routing for cold-chain trucks\n    Hi Priya,');
    expect(morning.split('Hi Priya,')[1]).not.toContain('routing for cold-chain trucks');
    expect(morning).toContain('You mentioned you are looking for cold-chain carriers');
    expect(morning).toContain('Cold-chain carriers in Iberia');
    // On the event's last day, and once the follow-up window has passed, no morning section.
    expect((await ok('today', '--as-of', '2026-06-11')).stdout).not.toContain('The morning after');
    expect((await ok('today', '--as-of', '2026-06-20')).stdout).not.toContain('The morning after');

    const drafts = (await ok('events', 'followups', 'DevConf', '--draft', '--as-of', '2026-06-12', '--json')).json<
      MorningFollowUp[]
    >();
    expect(drafts.map((d) => [d.personName, d.need, d.item?.title])).toEqual([
      ['Priya Raman', 'cold-chain carriers', 'Cold-chain carriers in Iberia'],
    ]);
    expect((await ok('events', 'followups', 'DevConf', '--draft', '--as-of', '2026-06-12')).stdout).toMatch(
      /Priya Raman — met at DevConf on [\d-]+ · routing for cold-chain trucks\n {2}Hi Priya,/,
    );

    // Logging the message clears the follow-up.
    await ok('log', 'Sent a follow-up', '--with', 'Priya Raman', '--kind', 'message', '--date', '2026-06-12');
    expect((await ok('today', '--as-of', '2026-06-12')).stdout).not.toContain('The morning after');
    expect((await ok('events', 'followups', 'DevConf', '--draft', '--json')).json<MorningFollowUp[]>()).toEqual([]);
  });

  it('after a talk, suggests whom to send the slides and records the send as a share', async () => {
    await ok(
      'events',
      'add',
      'Logistics Association meeting',
      '--kind',
      'organization_meeting',
      '--starts',
      '2026-06-15',
      '--role',
      'speaker',
      '--talk-title',
      'Port logistics after the canal closure',
      '--talk-description',
      'How container routing and supply chain planning changed.',
    );
    const suggested = (await ok('events', 'talk', 'Logistics Association meeting', '--json')).json<TalkSuggestions>();
    expect(suggested.itemId).toBeNull();
    const names = suggested.suggestions.map((s) => s.name);
    expect(names).toContain('Adaeze Okafor');
    const sent = await ok(
      'events',
      'talk',
      'Logistics Association meeting',
      '--send',
      'Adaeze Okafor',
      '--slides',
      'https://slides.example.com/canal',
    );
    expect(sent.stdout).toContain('Sent “Slides: Port logistics after the canal closure” to Adaeze Okafor');
    const after = (await ok('events', 'talk', 'Logistics Association meeting', '--json')).json<TalkSuggestions>();
    expect(after.itemId).not.toBeNull();
    expect(after.suggestions.map((s) => s.name)).not.toContain('Adaeze Okafor');
    expect(after.sentTo).toHaveLength(1);
    const again = await kith('events', 'talk', 'Logistics Association meeting', '--send', 'Adaeze Okafor');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/Already sent/);
    const event = (await ok('events', 'show', 'Logistics Association meeting', '--json')).json<{ event: KithEvent }>();
    expect(event.event.talkItemId).toBe(after.itemId);
  });
});
