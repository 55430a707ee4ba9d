import { describe, expect, it } from 'vitest';
import { mergeTimeline, withoutRepeatedMeeting } from './get-timeline.js';
import type { TimelineEntry } from './schema.js';

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
      met('2026-12-05', 'Met: Met at Logistics World'),
    ]);
    expect(kept.map((e) => e.kind)).toEqual(['interaction']);
  });

  it('keeps how you met when it tells something else, or another day', () => {
    const kept = withoutRepeatedMeeting([
      interaction('2026-12-05', 'Met at Logistics World'),
      met('2026-12-03', 'Met: Met at Logistics World'),
      met('2026-12-05', 'Met: through Ada'),
    ]);
    expect(kept.map((e) => e.kind)).toEqual(['interaction', 'met', 'met']);
  });
});
