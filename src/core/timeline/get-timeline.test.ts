import { describe, expect, it } from 'vitest';
import { buildPerson } from '../people/build-person.js';
import type { Person } from '../people/schema.js';
import type { OwnerRepos } from '../repos.js';
import { mergeTimeline, withoutRepeatedMeeting } from './get-timeline.js';
import type { TimelineEntry } from './schema.js';
import { personRecordEntries } from './sources.js';

const entry = (kind: string, on: string, at: string = on): TimelineEntry => ({
  kind,
  at,
  on,
  id: null,
  label: null,
  summary: kind,
  detail: null,
  personIds: [],
});

describe('mergeTimeline', () => {
  it('merges sources newest first, by local day then time, and cuts at the limit', () => {
    const merged = mergeTimeline(
      [
        [entry('call', '2026-03-01', '2026-03-01T09:00:00.000Z'), entry('meal', '2026-02-01')],
        [entry('share', '2026-03-01', '2026-03-01T18:00:00.000Z'), entry('met', '2025-01-01')],
      ],
      3,
    );
    expect(merged.map((e) => e.kind)).toEqual(['share', 'call', 'meal']);
  });
});

describe('withoutRepeatedMeeting', () => {
  const met = (on: string, summary: string): TimelineEntry => ({ ...entry('met', on), summary });
  const interaction = (on: string, summary: string): TimelineEntry => ({ ...entry('interaction', on), summary });

  it('leaves out how you met when the meeting is an interaction on that day saying the same', () => {
    const kept = withoutRepeatedMeeting([
      interaction('2026-12-05', 'Met at Logistics World'),
      met('2026-12-05', 'Met at Logistics World'),
    ]);
    expect(kept.map((e) => e.kind)).toEqual(['interaction']);
  });

  it('keeps how you met when it tells something else, or another day', () => {
    const kept = withoutRepeatedMeeting([
      interaction('2026-12-05', 'Met at Logistics World'),
      met('2026-12-03', 'Met at Logistics World'),
      met('2026-12-05', 'Met: through Ada'),
    ]);
    expect(kept.map((e) => e.kind)).toEqual(['interaction', 'met', 'met']);
  });
});

describe('personRecordEntries', () => {
  const person = (values: Partial<Person>): Person => ({
    ...buildPerson({ displayName: 'Ada Okafor' }, new Date('2026-12-06T10:00:00Z')),
    ...values,
  });
  const recordOf = async (values: Partial<Person>) =>
    (await personRecordEntries({ repos: {} as OwnerRepos, person: person(values), timeZone: 'UTC', limit: 10 }))[0];

  it('says how you met once, on the day you met', async () => {
    expect(await recordOf({ metOn: '2025-05-20', howMet: 'Logistics World' })).toMatchObject({
      kind: 'met',
      on: '2025-05-20',
      summary: 'Met: Logistics World',
    });
    expect(await recordOf({ metOn: '2025-05-20', howMet: 'Met at Logistics World' })).toMatchObject({
      summary: 'Met at Logistics World',
    });
  });

  it('without a day you met, is the day the person was added and says so, not that you met then', async () => {
    expect(await recordOf({ metOn: null, howMet: 'Met at Logistics World' })).toMatchObject({
      kind: 'added',
      on: '2026-12-06',
      summary: 'Added to kith. Met at Logistics World',
    });
    expect(await recordOf({ metOn: null, howMet: null })).toMatchObject({ kind: 'added', summary: 'Added to kith' });
  });
});
