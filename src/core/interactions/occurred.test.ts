import { describe, expect, it } from 'vitest';
import { resolveOccurred } from './occurred.js';

describe('resolveOccurred', () => {
  const now = new Date('2026-03-11T03:30:00Z');

  it('defaults to now, on the local day', () => {
    expect(resolveOccurred(undefined, now, 'America/New_York')).toEqual({
      occurredAt: '2026-03-11T03:30:00.000Z',
      occurredOn: '2026-03-10',
    });
  });

  it('counts 23:30 local time for that local date', () => {
    expect(resolveOccurred('2026-03-10T23:30', now, 'America/New_York')).toEqual({
      occurredAt: '2026-03-11T03:30:00.000Z',
      occurredOn: '2026-03-10',
    });
    expect(resolveOccurred('2026-03-11T03:30:00Z', now, 'America/New_York').occurredOn).toBe('2026-03-10');
  });

  it('keeps a plain date as the day', () => {
    expect(resolveOccurred('2026-03-01', now, 'Asia/Tokyo')).toEqual({
      occurredAt: '2026-03-01',
      occurredOn: '2026-03-01',
    });
  });
});
