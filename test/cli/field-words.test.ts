import { beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../../src/core/people/schema.js';
import { runKith, runKithOk, tempDataDir } from '../support/cli.js';

/**
 * A refusal names what the user typed (a flag, an argument) or nothing, never a field of the
 * code ("occurredAt", "personBId", "otherId", "cadenceDays"), and leaves the data as it was.
 */
describe('kith refusals in the words of the command line', () => {
  let dir: string;
  const kith = (...args: string[]) => runKith(dir, args);
  const ok = (...args: string[]) => runKithOk(dir, args);
  let ada: Person;
  let grace: Person;

  beforeAll(async () => {
    dir = tempDataDir();
    ada = (await ok('people', 'add', 'Ada Okafor', '--title', 'Director', '--json')).json<Person>();
    grace = (await ok('people', 'add', 'Grace Mensah', '--title', 'President', '--json')).json<Person>();
  });

  it('log: a day in the future is refused on --date, and nothing is logged', async () => {
    const result = await kith('log', 'Lunch', '--with', 'Ada', '--date', '2999-01-01');
    expect([result.code, result.stderr]).toEqual([1, 'kith: --date: 2999-01-01 is in the future\n']);
    expect((await ok('interactions', 'list', '--json')).json<unknown[]>()).toEqual([]);
  });

  it('intros: someone introduced to themselves, and a step out of order named by --status', async () => {
    const self = await kith('intros', 'start', 'Ada', 'Ada', '--reason', 'x');
    expect([self.code, self.stderr]).toEqual([1, 'kith: <b>: cannot introduce someone to themselves\n']);
    const started = (await ok('intros', 'start', 'Ada', 'Grace', '--reason', 'both in supply chain', '--json')).json<{
      id: string;
    }>();
    const skip = await kith('intros', 'update', started.id, '--status', 'followed-up');
    expect(skip.code).toBe(1);
    expect(skip.stderr).toMatch(/^kith: --status: cannot go from suggested to followed-up \(next: /);
  });

  it('merge: a person with themselves, and --take by the names of the flags', async () => {
    const self = await kith('merge', ada.id, ada.id);
    expect([self.code, self.stderr]).toEqual([1, 'kith: <other>: cannot merge a person with themselves\n']);
    const unknown = await kith('merge', ada.id, grace.id, '--take', 'title,shoe-size');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /"shoe-size" is not a field; choose from name, given-name, .*, cadence, how-met, met-on/,
    );
    expect((await ok('people', 'list', '--json')).json<Person[]>()).toHaveLength(2);
    const merged = (await ok('merge', ada.id, grace.id, '--take', 'title, name', '--json')).json<Person>();
    expect(merged).toMatchObject({ id: ada.id, displayName: 'Grace Mensah', title: 'President' });
  });
});
