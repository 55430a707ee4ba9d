import { describe, expect, it } from 'vitest';
import type { EventPerson } from '../events/schema.js';
import type { Introduction } from '../introductions/schema.js';
import type { Share } from '../shares/schema.js';
import { combineAffiliations, combineEventLinks, redundantIntroductions, redundantShares } from './merge-rules.js';

const share = (id: string, itemId: string, personId: string, sharedAt: string): Share => ({
  id,
  itemId,
  personId,
  sharedAt,
  note: null,
});

const introduction = (
  id: string,
  personAId: string,
  personBId: string,
  status: Introduction['status'],
  suggestedOn = '2026-01-01',
): Introduction => ({
  id,
  personAId,
  personBId,
  reason: 'why',
  status,
  suggestedOn,
  askedAOn: null,
  askedBOn: null,
  madeOn: null,
  declinedOn: null,
  followUpDue: null,
  followUpReminderId: null,
  followedUpOn: null,
  createdAt: `${suggestedOn}T00:00:00.000Z`,
  updatedAt: `${suggestedOn}T00:00:00.000Z`,
});

describe('redundantShares', () => {
  it('keeps the earliest share of an item both people received, and nothing else goes', () => {
    const shares = [
      share('S1', 'article', 'keep', '2026-04-01T10:00:00Z'),
      share('S2', 'article', 'other', '2026-03-01T10:00:00Z'),
      share('S3', 'job', 'other', '2026-03-05T10:00:00Z'),
      share('S4', 'talk', 'keep', '2026-03-05T10:00:00Z'),
    ];
    expect(redundantShares(shares, 'other', 'keep')).toEqual(['S1']);
  });

  it('breaks a tie on time by id', () => {
    const at = '2026-04-01T10:00:00Z';
    expect(redundantShares([share('S9', 'a', 'other', at), share('S5', 'a', 'keep', at)], 'other', 'keep')).toEqual([
      'S9',
    ]);
  });
});

describe('redundantIntroductions', () => {
  it('drops an introduction between the two people merged', () => {
    expect(redundantIntroductions([introduction('I1', 'other', 'keep', 'made')], 'other', 'keep')).toEqual(['I1']);
  });

  it('keeps the furthest along of a pair the merge makes twice, whichever side each was on', () => {
    const list = [
      introduction('I1', 'keep', 'ines', 'suggested'),
      introduction('I2', 'ines', 'other', 'made'),
      introduction('I3', 'other', 'yuki', 'asked-a'),
      introduction('I4', 'ines', 'yuki', 'suggested'),
    ];
    expect(redundantIntroductions(list, 'other', 'keep')).toEqual(['I1']);
  });

  it('prefers made over declined, then the earliest suggested', () => {
    expect(
      redundantIntroductions(
        [introduction('I1', 'keep', 'ines', 'declined'), introduction('I2', 'other', 'ines', 'made')],
        'other',
        'keep',
      ),
    ).toEqual(['I1']);
    expect(
      redundantIntroductions(
        [
          introduction('I1', 'keep', 'ines', 'asked-a', '2026-02-01'),
          introduction('I2', 'other', 'ines', 'asked-a', '2026-01-15'),
        ],
        'other',
        'keep',
      ),
    ).toEqual(['I1']);
  });
});

describe('combineEventLinks', () => {
  const link = (personId: string, relation: EventPerson['relation'], note: string | null, createdAt: string) =>
    ({
      eventId: 'summit',
      personId,
      relation,
      note,
      followUp: relation === 'met' ? 'pending' : null,
      followUpAt: null,
      createdAt,
    }) satisfies EventPerson;

  it('keeps met over attending with its follow-up, joins notes, keeps the earliest date', () => {
    expect(
      combineEventLinks(link('keep', 'attending', 'panel', '2026-01-09'), link('other', 'met', 'coffee', '2026-01-08')),
    ).toEqual({
      eventId: 'summit',
      personId: 'keep',
      relation: 'met',
      note: 'panel\n\ncoffee',
      followUp: 'pending',
      followUpAt: null,
      createdAt: '2026-01-08',
    });
  });

  it('keeps the met link’s date over an earlier attending one: it is the day they were met', () => {
    expect(
      combineEventLinks(link('keep', 'attending', null, '2026-01-02'), link('other', 'met', null, '2026-01-08')),
    ).toMatchObject({ relation: 'met', createdAt: '2026-01-08' });
  });

  it("keeps the kept person's follow-up when both were met, and a note said twice once", () => {
    const keep = { ...link('keep', 'met', 'same', '2026-01-09'), followUp: 'dismissed' as const };
    expect(combineEventLinks(keep, link('other', 'met', 'same', '2026-01-10'))).toMatchObject({
      followUp: 'dismissed',
      note: 'same',
    });
  });
});

describe('combineAffiliations', () => {
  it('fills an empty role from the other and is current if either is', () => {
    expect(
      combineAffiliations(
        { organizationId: 'guild', personId: 'keep', role: null, current: false, createdAt: '2026-02-01' },
        { organizationId: 'guild', personId: 'other', role: 'treasurer', current: true, createdAt: '2026-01-01' },
      ),
    ).toEqual({ organizationId: 'guild', personId: 'keep', role: 'treasurer', current: true, createdAt: '2026-01-01' });
  });
});
