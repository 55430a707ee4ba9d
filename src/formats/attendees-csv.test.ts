import { describe, expect, it } from 'vitest';
import { parseAttendeesCsv } from './attendees-csv.js';

describe('attendee CSV', () => {
  it('reads the columns conference tools name, first and last names joined, and line numbers', async () => {
    const text =
      'First Name,Last Name,Organization,Position,E-mail,Profile URL\n\nAda,Okafor,Okafor Labs,Founder,ADA@okafor.dev,https://x.example/ada\n';
    expect(await parseAttendeesCsv(text)).toEqual([
      {
        line: 3,
        name: 'Ada Okafor',
        company: 'Okafor Labs',
        title: 'Founder',
        email: 'ada@okafor.dev',
        profileUrl: 'https://x.example/ada',
      },
    ]);
  });

  it('names the line of a row without a name, a bad email, an unclosed quote, or a file without a name column', async () => {
    await expect(parseAttendeesCsv('Name,Company\nAda,X\n,Y\n')).rejects.toMatchObject({ line: 3 });
    await expect(parseAttendeesCsv('Name,Email\nAda,not-an-email\n')).rejects.toThrow(/line 2: .*not an email/);
    await expect(parseAttendeesCsv('Name,Company\nAda,"X\nBo,Y\n')).rejects.toMatchObject({ line: 2 });
    await expect(parseAttendeesCsv('Company,Title\nX,Y\n')).rejects.toThrow(/line 1: no name column/);
    await expect(parseAttendeesCsv('')).rejects.toThrow(/empty/);
  });
});
