import { type Kysely, sql } from 'kysely';
import { isLinkedInProfile } from '../../core/people/combine-people.js';
import { searchDocument, sortName } from '../../core/people/search-document.js';
import type { Dialect } from '../connect.js';
import { chunk } from '../repos/chunk.js';
import { fromRow, ftsBodyText } from '../repos/people.js';
import type { Database } from '../schema.js';
import { reviseOnWrite } from './0008-owner-revision.js';

type OldValue = {
  owner_id: string;
  person_id: string;
  kind: string;
  value: string;
  value_key: string;
  label: string | null;
};
type Lists = Record<string, unknown[]>;

/** The list a kind of value is kept in on the person row (`values_json`), and how one entry reads there. */
const listOf: Record<string, { list: string; entry: (value: OldValue) => unknown }> = {
  email: { list: 'emails', entry: (v) => ({ value: v.value, label: v.label }) },
  phone: { list: 'phones', entry: (v) => ({ value: v.value, label: v.label }) },
  link: { list: 'links', entry: (v) => ({ url: v.value, label: v.label }) },
  tag: { list: 'tags', entry: (v) => v.value },
  topic: { list: 'topics', entry: (v) => v.value },
  offer: { list: 'offers', entry: (v) => v.value },
  need: { list: 'needs', entry: (v) => v.value },
};

/**
 * Cheaper people writes (issue 2: bulk create at 20,000 people/s on SQLite; ADR 0014).
 *
 * A person's emails, phones, links, tags, topics, offers and needs move from one
 * `person_value` row each (two b-tree entries per value, at random places: two thirds of
 * a bulk insert's time) into one JSON column on the person row, read with it. Only the
 * values other people are matched by keep a row: `person_key` (owner, kind, key, person)
 * holds the keys of emails, phones and links, for imports and duplicate checks. Tags and
 * topics are listed through the search index (their words), checked on the person.
 *
 * SQLite's word index (everything but names) keeps no positions (`detail = none`): a
 * search term's words are matched each on its own, the last as a prefix, not as a phrase.
 * Its words include marks, as PostgreSQL's do: "हिनदी" is one word, not "ह" and "नद".
 *
 * Indexes that most rows did not need: the own-cadence index and the birthday index
 * become partial (most people have neither); never-contacted people are read from the
 * keep-in-touch index (their last interaction day is null, then by creation time); the
 * tier index goes (a tier filter walks the name index).
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await sql`ALTER TABLE person ADD COLUMN values_json text NOT NULL DEFAULT '{}'`.execute(db);
  const old = await sql<OldValue>`SELECT owner_id, person_id, kind, value, value_key, label FROM person_value
    ORDER BY owner_id, person_id, kind, position`.execute(db);
  const byPerson = new Map<string, { owner: string; id: string; lists: Lists }>();
  for (const value of old.rows) {
    const slot = `${value.owner_id} ${value.person_id}`;
    const person = byPerson.get(slot) ?? { owner: value.owner_id, id: value.person_id, lists: {} };
    const kind = listOf[value.kind];
    if (kind) person.lists[kind.list] = [...(person.lists[kind.list] ?? []), kind.entry(value)];
    byPerson.set(slot, person);
  }
  for (const batch of chunk([...byPerson.values()], 500)) {
    const rows = sql.join(batch.map(({ owner, id, lists }) => sql`(${owner}, ${id}, ${JSON.stringify(lists)})`));
    await sql`WITH v (owner_id, id, values_json) AS (VALUES ${rows})
      UPDATE person SET values_json = v.values_json FROM v
      WHERE person.owner_id = v.owner_id AND person.id = v.id`.execute(db);
  }

  await db.schema
    .createTable('person_key')
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('value_key', 'text', (col) => col.notNull())
    .addColumn('person_id', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('person_key_pk', ['owner_id', 'kind', 'value_key', 'person_id'])
    .$call((table) => (dialect === 'sqlite' ? table.modifyEnd(sql`WITHOUT ROWID`) : table))
    .execute();
  // Only the keys `identityKeys` gives (no website links, no empty keys): those are the
  // ones a later write of the person computes again and deletes.
  const keys = old.rows.filter(
    (value) =>
      value.value_key.length > 0 &&
      (value.kind === 'email' ||
        value.kind === 'phone' ||
        (value.kind === 'link' && isLinkedInProfile({ url: value.value, label: value.label }))),
  );
  for (const batch of chunk(keys, 500)) {
    const rows = sql.join(batch.map((v) => sql`(${v.owner_id}, ${v.kind}, ${v.value_key}, ${v.person_id})`));
    await sql`INSERT INTO person_key (owner_id, kind, value_key, person_id) VALUES ${rows}
      ON CONFLICT DO NOTHING`.execute(db);
  }
  await db.schema.dropTable('person_value').execute();
  if (dialect === 'postgres') await reviseOnWrite(db, 'person_key');
  if (dialect === 'sqlite') await rebuildBodyIndexWithoutPositions(db);

  await db.schema.dropIndex('person_owner_tier').execute();
  await db.schema.dropIndex('person_owner_cadence').execute();
  await db.schema
    .createIndex('person_owner_cadence')
    .on('person')
    .columns(['owner_id', 'cadence_days'])
    .where(sql.ref('cadence_days'), 'is not', null)
    .execute();
  await db.schema.dropIndex('person_owner_birthday_month_day').execute();
  await db.schema
    .createIndex('person_owner_birthday_month_day')
    .on('person')
    .expression(sql`owner_id, substr(birthday, length(birthday) - 4)`)
    .where(sql.ref('birthday'), 'is not', null)
    .execute();
  await db.schema.dropIndex('person_owner_never_contacted').execute();
  await db.schema.dropIndex('person_owner_keep_in_touch').execute();
  await db.schema
    .createIndex('person_owner_keep_in_touch')
    .on('person')
    .columns(['owner_id', 'archived', 'tier', 'last_interaction_on', 'created_at'])
    .where(sql.ref('cadence_days'), 'is', null)
    .execute();
}

/**
 * SQLite: the word index again, without positions. It is contentless, so its text is
 * written anew from the people, as the repository writes it.
 */
async function rebuildBodyIndexWithoutPositions(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE person_body_fts`.execute(db);
  await sql`CREATE VIRTUAL TABLE person_body_fts USING fts5(
    owner_id UNINDEXED, person_id UNINDEXED, body_text,
    tokenize = "unicode61 categories 'L* N* Co M*'", content = '', contentless_delete = 1, detail = none
  )`.execute(db);
  // Segments are merged eight at a time instead of four: fewer, larger merges while many
  // people are written (a bulk create's FTS work is mostly merging), a few more segments read by a search.
  for (const table of ['person_name_fts', 'person_body_fts']) {
    await sql`INSERT INTO ${sql.table(table)} (${sql.ref(table)}, rank) VALUES ('automerge', 8)`.execute(db);
  }
  await fillBodyIndex(db);
}

/**
 * Writes every stored person's text into a new, empty person_body_fts (SQLite), a
 * thousand at a time, each owner's people in the order of the index on
 * `(owner_id, search_rowid)`: without the owner, each page read every person and sorted.
 */
export async function fillBodyIndex(db: Kysely<unknown>): Promise<void> {
  const typed = db as unknown as Kysely<Database>;
  for (const { id: ownerId } of await typed.selectFrom('users').select('id').execute()) {
    let after = 0;
    for (;;) {
      const rows = await typed
        .selectFrom('person')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .where('search_rowid', '>', after)
        .orderBy('search_rowid')
        .limit(1000)
        .execute();
      for (const row of rows) {
        const person = fromRow(row);
        const body = ftsBodyText(searchDocument(person), sortName(person.displayName));
        await sql`INSERT INTO person_body_fts (rowid, body_text) VALUES (${row.search_rowid}, ${body})`.execute(db);
      }
      const last = rows.at(-1)?.search_rowid;
      if (rows.length < 1000 || last == null) break;
      after = last;
    }
  }
}
