import { describe, expect, it } from 'vitest';
import type { Person } from '../people/schema.js';
import { draftFollowUp } from './draft-follow-up.js';
import { attendeeKeys, matchByKeys, matchByName } from './match-attendees.js';
import { reasonsToFind, strangerReasons } from './who-to-find.js';

const person = (id: string, displayName: string, more: Partial<Person> = {}) =>
  ({
    id,
    displayName,
    givenName: null,
    familyName: null,
    company: null,
    location: null,
    emails: [],
    phones: [],
    links: [],
    archived: false,
    ...more,
  }) as unknown as Person;
const row = (name: string, more: { company?: string; email?: string; profileUrl?: string } = {}) => ({
  line: 2,
  name,
  company: more.company ?? null,
  title: null,
  email: more.email ?? null,
  profileUrl: more.profileUrl ?? null,
});

describe('matching an attendee list to the network', () => {
  it('matches by email or profile key first, then by dedupe scoring of other spellings; strangers stay unmatched', () => {
    const records = [
      row('Bob Mensah', { company: 'Acme' }),
      row('Ada O.', { email: 'ADA@okafor.dev' }),
      row('L. Vogel', { profileUrl: 'http://www.LinkedIn.com/in/lena-vogel/?trk=1' }),
      row('Priya Raman'),
    ];
    expect(attendeeKeys(records)).toEqual({ email: ['ada@okafor.dev'], link: ['linkedin.com/in/lena-vogel'] });
    const byKeys = matchByKeys(records, {
      email: new Map([['ada@okafor.dev', ['ada']]]),
      link: new Map([['linkedin.com/in/lena-vogel', ['lena']]]),
    });
    expect([...byKeys.entries()].map(([index, match]) => [index, match.personId, match.evidence])).toEqual([
      [1, 'ada', 'same email (ADA@okafor.dev)'],
      [2, 'lena', 'same profile (http://www.LinkedIn.com/in/lena-vogel/?trk=1)'],
    ]);
    const people = [person('rob', 'Robert Mensah', { company: 'Acme' }), person('shah', 'Priya Shah')];
    const byName = matchByName(records, people, new Set(byKeys.keys()), 'US');
    expect([...byName.entries()].map(([index, match]) => [index, match.personId])).toEqual([[0, 'rob']]);
    expect(byName.get(0)?.evidence).toMatch(/the same name \(nickname\)/);
  });
});

describe('who to find', () => {
  const interests = [
    { label: 'supply chain', item: null },
    { label: 'cold chain', item: 'Cold-chain carriers' },
  ];
  it('gives the reasons: planned, a need you can meet, a dormant tie, a shared topic', () => {
    expect(
      reasonsToFind(
        { planned: true, needs: ['cold chain partners'], topics: ['supply chain'], lastSpokeOn: '2025-01-10' },
        interests,
        '2026-06-10',
      ),
    ).toEqual([
      'you planned to meet them here',
      'they are looking for cold chain partners: you saved “Cold-chain carriers”',
      'a dormant tie: you last spoke in January 2025',
      'they work on supply chain: you follow supply chain',
    ]);
    expect(
      reasonsToFind({ planned: false, needs: [], topics: [], lastSpokeOn: '2026-05-01' }, interests, '2026-06-10'),
    ).toEqual([]);
  });

  it('finds strangers whose title meets your topics', () => {
    expect(strangerReasons({ title: 'Head of Supply Chain', company: 'X' }, interests)).toEqual([
      'works on supply chain, which you follow',
    ]);
    expect(strangerReasons({ title: 'Chef', company: 'Bistro' }, interests)).toEqual([]);
  });
});

describe('the next-morning draft', () => {
  it('is built from the event, the need and an item', () => {
    const text = draftFollowUp({
      firstName: 'Priya',
      eventName: 'DevConf',
      metYesterday: true,
      need: 'carriers',
      item: { title: 'Cold-chain carriers', url: 'https://example.com/c' },
    });
    expect(text).toContain('It was good to meet you at DevConf yesterday, and I enjoyed our conversation.');
    expect(text).toContain('You mentioned you are looking for carriers');
    expect(text).toContain('Cold-chain carriers (https://example.com/c)');
    expect(draftFollowUp({ firstName: 'Bo', eventName: 'X', metYesterday: false, need: null, item: null })).toBe(
      'Hi Bo,\n\nIt was good to meet you at X, and I enjoyed our conversation.\n\nI hope we stay in touch.',
    );
  });

  it('says a need as they would have told it', () => {
    const said = (need: string) =>
      draftFollowUp({ firstName: 'Ada', eventName: 'X', metYesterday: false, need, item: null }).split('\n')[4];
    expect(said('hiring demand planners')).toMatch(/^You mentioned you are hiring demand planners;/);
    expect(said('looking for a senior data role')).toMatch(/^You mentioned you are looking for a senior data role;/);
    expect(said('wants to move to Lisbon')).toMatch(/^You mentioned you want to move to Lisbon;/);
    expect(said('to meet cold-chain carriers')).toMatch(/^You mentioned you want to meet cold-chain carriers;/);
  });
});
