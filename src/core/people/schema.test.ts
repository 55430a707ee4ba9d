import { describe, expect, it } from 'vitest';
import { KithError } from '../errors.js';
import { buildPerson } from './create-person.js';
import type { CreatePersonInput } from './schema.js';

const now = new Date('2026-01-01T00:00:00Z');

function failure(input: Partial<CreatePersonInput>): { message: string; code: string } {
  try {
    buildPerson({ displayName: 'Valid Name', ...input } as CreatePersonInput, now);
  } catch (error) {
    if (error instanceof KithError) return { message: error.message, code: error.code };
    throw error;
  }
  throw new Error('expected a validation error');
}

describe('person validation', () => {
  it.each<[string, Partial<CreatePersonInput>, RegExp]>([
    ['an empty name', { displayName: '   ' }, /^displayName: must not be empty/],
    ['a 10,000-character name', { displayName: 'x'.repeat(10_000) }, /^displayName: must be at most 200/],
    [
      'an invalid email',
      { emails: [{ value: 'ada at example', label: null }] },
      /^emails\.0\.value: is not a valid email/,
    ],
    ['31 February', { birthday: '1990-02-31' }, /^birthday: is not a real calendar date/],
    ['29 February in a non-leap year', { birthday: '2023-02-29' }, /^birthday: is not a real calendar date/],
    ['a birthday in another shape', { birthday: '03/11/1990' }, /^birthday: must be YYYY-MM-DD or --MM-DD/],
    ['an unknown tier', { tier: 'bestie' as never }, /^tier: must be one of inner, close, regular, acquaintance/],
    ['a zero cadence', { cadenceDays: 0 }, /^cadenceDays: /],
    ['a met-on date that does not exist', { metOn: '2024-04-31' }, /^metOn: is not a real calendar date/],
    [
      'a link that is not http',
      { links: [{ url: 'javascript:alert(1)', label: null }] },
      /^links\.0\.url: must be an http/,
    ],
    ['a phone that is too short', { phones: [{ value: '1', label: null }] }, /^phones\.0\.value: is too short/],
    ['an oversize tag', { tags: ['t'.repeat(101)] }, /^tags\.0: must be at most 100/],
    [
      'too many topics',
      { topics: Array.from({ length: 101 }, (_, i) => `topic ${i}`) },
      /^topics: must have at most 100/,
    ],
    ['oversize notes', { notes: 'n'.repeat(100_001) }, /^notes: must be at most 100000/],
  ])('rejects %s, naming the field', (_label, input, message) => {
    const error = failure(input);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toMatch(message);
  });

  it('accepts a year-less birthday, including 29 February, and normalizes emails and labels', () => {
    const person = buildPerson(
      {
        displayName: '  Grace Mensah ',
        birthday: '--02-29',
        emails: [{ value: ' Grace@Example.COM ', label: '' }],
        tags: ['Speaker', 'speaker', ' ', 'mentor'],
      },
      now,
    );
    expect(person).toMatchObject({
      displayName: 'Grace Mensah',
      givenName: 'Grace',
      familyName: 'Mensah',
      birthday: '--02-29',
      emails: [{ value: 'grace@example.com', label: null }],
      tags: ['Speaker', 'mentor'],
      tier: 'regular',
      archived: false,
    });
  });
});
