import { describe, expect, it } from 'vitest';
import { lastContact } from './contact.js';
import type { EventPerson, EventStatus, KithEvent } from './schema.js';

function event(id: string, startsOn: string, endsOn: string | null, status: EventStatus): KithEvent {
  return {
    id,
    name: id,
    kind: 'conference',
    startsOn,
    endsOn,
    location: null,
    url: null,
    organizationId: null,
    status,
    role: 'attendee',
    talkTitle: null,
    talkDescription: null,
    talkItemId: null,
    notes: null,
    createdAt: '',
    updatedAt: '',
  };
}

const link = (eventId: string, personId: string): EventPerson => ({
  eventId,
  personId,
  relation: 'met',
  note: null,
  followUp: null,
  followUpAt: null,
  createdAt: '',
});

describe('lastContact', () => {
  it('takes the latest attended event up to today, and the day you first met', () => {
    const contact = lastContact(
      [
        { id: 'ada', metOn: '2024-01-10' },
        { id: 'bo', metOn: null },
        { id: 'cy', metOn: '2030-01-01' },
      ],
      [
        event('old', '2025-03-01', '2025-03-03', 'attended'),
        event('skipped', '2026-04-01', null, 'skipped'),
        event('now', '2026-05-30', '2026-06-02', 'attended'),
        event('future', '2026-07-01', null, 'attended'),
      ],
      [link('old', 'ada'), link('skipped', 'ada'), link('now', 'bo'), link('future', 'bo'), link('old', 'bo')],
      [],
      '2026-06-01',
    );
    expect(contact.get('ada')).toEqual({ lastSpokeOn: '2025-03-03', lastInPersonOn: '2025-03-03' });
    expect(contact.get('bo')).toEqual({ lastSpokeOn: '2026-06-01', lastInPersonOn: '2026-06-01' });
    expect(contact.get('cy')).toEqual({ lastSpokeOn: null, lastInPersonOn: null });
  });

  it('adds logged interactions: any kind is speaking, only some are in person', () => {
    const contact = lastContact(
      [
        { id: 'ada', metOn: '2024-01-10' },
        { id: 'bo', metOn: null },
      ],
      [event('old', '2025-03-01', '2025-03-03', 'attended')],
      [link('old', 'ada')],
      [
        { personId: 'ada', lastOn: '2026-05-01', lastInPersonOn: '2024-12-01' },
        { personId: 'bo', lastOn: '2026-04-01', lastInPersonOn: null },
      ],
      '2026-06-01',
    );
    expect(contact.get('ada')).toEqual({ lastSpokeOn: '2026-05-01', lastInPersonOn: '2025-03-03' });
    expect(contact.get('bo')).toEqual({ lastSpokeOn: '2026-04-01', lastInPersonOn: null });
  });
});
