import { expect, it } from 'vitest';
import {
  currentCardClock,
  currentCardRevision,
  nextCardRevision,
  startCardEpoch,
} from '../../src/db/repos/card-clock.js';
import {
  describeEachDatabase,
  freshDatabaseEachTest,
  type OwnerDeps,
  type TestDatabase,
} from '../support/databases.js';

/**
 * The card clock (CardDAV sync tokens) moves by one for each change, whether the caller
 * holds a transaction or not: it is moved and then read, without RETURNING, which on
 * SQLite made FTS5 write out a bulk insert's pending search rows at every batch.
 */
describeEachDatabase('card clock', (kind) => {
  let database: TestDatabase;
  let deps: OwnerDeps;

  freshDatabaseEachTest(kind, (fresh) => {
    ({ database, deps } = fresh);
  });

  it('moves by one for each change, in a transaction of its own or the caller’s', async () => {
    const { db } = database.connection;
    expect(await currentCardRevision(db, deps.ownerId)).toBe(0);
    expect(await nextCardRevision(db, deps.ownerId)).toBe(1);
    expect(await nextCardRevision(db, deps.ownerId)).toBe(2);
    const inside = await db
      .transaction()
      .execute(async (trx) => [await nextCardRevision(trx, deps.ownerId), await nextCardRevision(trx, deps.ownerId)]);
    expect(inside).toEqual([3, 4]);
    // Writers that do not wait for each other still get one revision each.
    const apart = await Promise.all([1, 2, 3, 4].map(() => nextCardRevision(db, deps.ownerId)));
    expect(apart.sort((a, b) => a - b)).toEqual([5, 6, 7, 8]);
    expect(await currentCardRevision(db, deps.ownerId)).toBe(8);
  });

  it('rolls back with the caller’s transaction', async () => {
    const { db } = database.connection;
    await nextCardRevision(db, deps.ownerId);
    await expect(
      db.transaction().execute(async (trx) => {
        await nextCardRevision(trx, deps.ownerId);
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await currentCardRevision(db, deps.ownerId)).toBe(1);
  });

  it('starts a new epoch where the revisions stand, before or after the first revision', async () => {
    const { db } = database.connection;
    expect(await currentCardClock(db, deps.ownerId)).toEqual({ epoch: '', revision: 0 });
    await startCardEpoch(db, deps.ownerId, 'first');
    expect(await nextCardRevision(db, deps.ownerId)).toBe(1);
    expect(await currentCardClock(db, deps.ownerId)).toEqual({ epoch: 'first', revision: 1 });
    await startCardEpoch(db, deps.ownerId, 'second');
    expect(await nextCardRevision(db, deps.ownerId)).toBe(2);
    expect(await currentCardClock(db, deps.ownerId)).toEqual({ epoch: 'second', revision: 2 });
  });
});
