import { describe, expect, it } from 'vitest';
import { parseContacts } from './contacts.js';
import { textChunks } from './text-stream.js';

describe('textChunks', () => {
  it('slices text in memory, the slices making the text', () => {
    expect([...textChunks('abcdefg', 3)]).toEqual(['abc', 'def', 'g']);
    expect([...textChunks('', 3)]).toEqual([]);
  });

  it('never ends a slice between the two halves of an emoji', () => {
    const text = 'ab😀cd😀😀e';
    const slices = [...textChunks(text, 3)];
    expect(slices.join('')).toBe(text);
    for (const slice of slices) expect(Buffer.from(slice, 'utf8').toString('utf8')).toBe(slice);
  });

  it('keeps an emoji that straddles a 64 KiB boundary of a file read from memory', async () => {
    const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';
    let text = header;
    while (text.length < 70_000) text += 'Ada,Okafor,,,,,01 Jan 2020\n';
    // The row's emoji starts on the last character of the first 64 KiB.
    text = `${text.slice(0, 64 * 1024 - 5)}\nZo,😀x,,,,,01 Jan 2020\n`;
    expect(text.indexOf('😀')).toBe(64 * 1024 - 1);
    const records = await parseContacts('linkedin', text);
    expect(records.at(-1)?.displayName).toBe('Zo 😀x');
  });
});
