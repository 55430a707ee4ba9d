import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { isKithError } from '../errors.js';
import { parseInput } from './validate.js';

const messageOf = (schema: z.ZodType, input: unknown): string => {
  try {
    parseInput(schema, input);
  } catch (error) {
    if (isKithError(error)) return error.message;
    throw error;
  }
  throw new Error('accepted');
};

describe('parseInput', () => {
  const query = z.object({
    limit: z.coerce.number().int().min(1).max(1000),
    tags: z.array(z.string()).max(2),
    kind: z.enum(['article', 'job']),
    title: z.string(),
  });
  const valid = { limit: 10, tags: [], kind: 'job', title: 'A job' };

  it.each([
    [{ limit: 0 }, 'limit: must be at least 1'],
    [{ limit: 5000 }, 'limit: must be at most 1000'],
    [{ limit: 'ten' }, 'limit: must be a number'],
    [{ limit: 1.5 }, 'limit: must be a whole number'],
    [{ title: undefined }, 'title: is required'],
    [{ title: 3 }, 'title: must be a string'],
    [{ tags: ['a', 'b', 'c'] }, 'tags: must have at most 2 entries'],
    [{ kind: 'poem' }, 'kind: must be one of article, job'],
  ])('words what zod would say in its own terms: %j', (change, message) => {
    expect(messageOf(query, { ...valid, ...change })).toBe(message);
  });

  it("keeps a schema's own message", () => {
    expect(messageOf(z.object({ n: z.number().min(1, 'needs one at least') }), { n: 0 })).toBe('n: needs one at least');
  });
});
