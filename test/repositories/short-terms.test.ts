import { expect, it } from 'vitest';
import { generateNetwork } from '../../src/core/demo/generate-network.js';
import { createPeople } from '../../src/core/people/create-people.js';
import { createPerson } from '../../src/core/people/create-person.js';
import type { Person } from '../../src/core/people/schema.js';
import { searchDocument } from '../../src/core/people/search-document.js';
import { indexWords, peopleSearchTerms, wordSuffixes } from '../../src/core/people/search-words.js';
import { describeEachDatabase, freshDatabaseEachTest, type OwnerDeps } from '../support/databases.js';

/**
 * A search of terms under three characters ("FP&A" is "fp" and "a") finds a name only
 * where a word of it starts, and anything else by word prefix, so the word index answers
 * it instead of a read of every person (issue 17, ADR 0040).
 */
describeEachDatabase('search by terms under three characters', (kind) => {
  let deps: OwnerDeps;
  freshDatabaseEachTest(kind, (fresh) => {
    deps = fresh.deps;
  });
  const names = async (query: string) =>
    (await deps.repos.people.search({ query, limit: 20, archived: 'exclude' })).map((p) => p.displayName);

  it('finds a name where a word starts, and a topic, title or company by word prefix', async () => {
    await createPerson(deps, { displayName: 'Priya Raman', topics: ['FP&A'] });
    await createPerson(deps, { displayName: 'Ada Fpinto' });
    await createPerson(deps, { displayName: 'Craig Blair', topics: ['robotics'] });
    await createPerson(deps, { displayName: 'Li Wei', title: 'AI researcher' });
    await createPerson(deps, { displayName: 'Aisha Khan' });
    await createPerson(deps, { displayName: 'Tom Hale', company: 'OpenAI' });
    // Ada's name has words starting "fp" and "a"; Priya's topic has both.
    expect(await names('FP&A')).toEqual(['Ada Fpinto', 'Priya Raman']);
    // "ai" is not inside Craig or Blair: Aisha's name starts with it, then Li's title and
    // Tom's company (a company matches inside its words, as for longer terms).
    expect(await names('ai')).toEqual(['Aisha Khan', 'Li Wei', 'Tom Hale']);
    expect(await names('li ai')).toEqual(['Li Wei']);
    expect(await names('ro')).toEqual(['Craig Blair']);
    expect(await names('zq')).toEqual([]);
  });

  it('finds a term whose last word is under three characters after a whole one', async () => {
    // PostgreSQL reads "bailey" from its index and checks each holder for the phrase.
    await createPerson(deps, {
      displayName: 'Bailey Stone',
      emails: [{ value: 'bailey.stone@mail.test', label: null }],
    });
    await createPerson(deps, { displayName: 'Rae Quinn', emails: [{ value: 'bailey.sq@mail.test', label: null }] });
    await createPerson(deps, { displayName: 'Bailey Ortiz', emails: [{ value: 'b.ortiz@mail.test', label: null }] });
    expect(await names('bailey.s')).toEqual(['Bailey Stone', 'Rae Quinn']);
    expect(await names('bailey.sq')).toEqual(['Rae Quinn']);
    expect(await names('bailey.o')).toEqual([]);
  });

  it('ranks as a walk through everyone would', async () => {
    await createPeople(deps, generateNetwork({ people: 1_200, seed: 23 }));
    const everyone = await deps.repos.people.all();
    const active = everyone.filter((person) => !person.archived);
    const words = new Map(
      active.map((person) => {
        const document = searchDocument(person);
        const elsewhere = [...indexWords(document.bodyText), ...indexWords(wordSuffixes(document.companyText))];
        return [person.id, { name: ` ${document.nameText}`, elsewhere }];
      }),
    );
    const inName = (person: Person, term: string) => words.get(person.id)?.name.includes(` ${term}`) ?? false;
    const somewhere = (person: Person, term: string) =>
      inName(person, term) || (words.get(person.id)?.elsewhere.some((word) => word.startsWith(term)) ?? false);
    /** Every term in the name first, then every term somewhere, each by name, as the people list orders them. */
    const walked = (terms: readonly string[]) => [
      ...active.filter((person) => terms.every((term) => inName(person, term))),
      ...active.filter(
        (person) => terms.every((term) => somewhere(person, term)) && !terms.every((term) => inName(person, term)),
      ),
    ];
    const queries = new Set(['FP&A', 'b2b', 'ai', 'ml ai', 'x', 'q', 'zz', 'ux ui', 'hr a']);
    for (const person of active.filter((_, index) => index % 40 === 0)) {
      const [given = '', family = ''] = searchDocument(person).nameText.split(' ');
      const topic = indexWords((person.topics[0] ?? 'ops').toLowerCase())[0] ?? 'ops';
      const title = indexWords((person.title ?? 'vp').toLowerCase())[0] ?? 'vp';
      queries.add(`${given.slice(0, 2)} ${topic.slice(0, 1)}`);
      queries.add(`${topic.slice(0, 2)} ${title.slice(0, 2)}`);
      queries.add(`${family.slice(0, 1)} ${title.slice(0, 1)}`);
      queries.add(title.slice(0, 2));
    }
    let checked = 0;
    for (const query of queries) {
      const terms = peopleSearchTerms(query);
      if (terms.some((term) => term.length >= 3)) continue;
      expect(await names(query), `"${query}"`).toEqual(
        walked(terms)
          .slice(0, 20)
          .map((person) => person.displayName),
      );
      checked += 1;
    }
    expect(checked).toBeGreaterThan(60);
  }, 120_000);
});
