import { describe, expect, it } from 'vitest';
import { upcomingOccasions } from './upcoming.js';

const at = (personName: string, date: string, label = 'birthday') => ({
  personId: personName,
  personName,
  label,
  date,
});

describe('upcomingOccasions', () => {
  it('keeps dates within the window on their next date, soonest first', () => {
    const found = upcomingOccasions('2026-12-25', 14, [
      at('Later', '1990-01-20'),
      at('Ada', '--01-02'),
      at('Today', '1985-12-25', 'work anniversary'),
      at('Past', '1980-12-20'),
      at('Edge', '--01-08'),
    ]);
    expect(found.map((entry) => [entry.personName, entry.date, entry.inDays])).toEqual([
      ['Today', '2026-12-25', 0],
      ['Ada', '2027-01-02', 8],
      ['Edge', '2027-01-08', 14],
    ]);
  });

  it('puts 29 February on 28 February in a year without one', () => {
    expect(upcomingOccasions('2027-02-20', 14, [at('Leap', '2000-02-29')])).toMatchObject([
      { date: '2027-02-28', inDays: 8 },
    ]);
  });
});
