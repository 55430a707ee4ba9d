import { describe, expect, it } from 'vitest';
import { onFirstCall } from './on-first-call.js';

type Counter = { add(by: number): Promise<number>; total(): Promise<number> };

function counter(): Counter {
  let total = 0;
  return {
    async add(by) {
      total += by;
      return total;
    },
    total: async () => total,
  };
}

describe('onFirstCall', () => {
  it('builds nothing until a method is called, then once for every call after', async () => {
    let builds = 0;
    const repo = onFirstCall(async () => {
      builds++;
      return counter();
    });
    expect(builds).toBe(0);
    const [first, second] = await Promise.all([repo.add(2), repo.add(3)]);
    expect([first, second].sort()).toEqual([2, 5]);
    expect(await repo.total()).toBe(5);
    expect(builds).toBe(1);
  });

  it('is not a thenable, so awaiting it does not call the repository', async () => {
    let builds = 0;
    const repo = onFirstCall(async () => {
      builds++;
      return counter();
    });
    expect(await repo).toBe(repo);
    expect(builds).toBe(0);
  });

  it('fails the call when the repository cannot be built or lacks the method', async () => {
    const broken = onFirstCall<Counter>(async () => {
      throw new Error('module missing');
    });
    await expect(broken.total()).rejects.toThrow('module missing');
    const partial = onFirstCall(async () => ({ total: async () => 1 }) as unknown as Counter);
    await expect(partial.add(1)).rejects.toThrow('no repository method add');
  });
});
