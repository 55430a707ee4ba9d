import { describe, expect, it } from 'vitest';
import { mergeValueWords } from '../../src/web/people/merge-values.js';

describe('the merge form', () => {
  it('shows a birthday in words, as the person page does, not as stored (--04-15)', () => {
    expect(mergeValueWords('birthday', '--04-15', 'en-US')).toBe('Apr 15');
    expect(mergeValueWords('birthday', '1988-11-03', 'en-US')).toBe('Nov 3, 1988');
    expect(mergeValueWords('title', 'CFO', 'en-US')).toBe('CFO');
    expect(mergeValueWords('birthday', null, 'en-US')).toBe('—');
  });
});
