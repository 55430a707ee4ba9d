import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractTopics } from '../../src/core/items/topics.js';
import type { MatchableItem } from '../../src/core/matching/match-item.js';
import type { MatchablePerson } from '../../src/core/matching/profile.js';
import { extractPage } from '../../src/formats/page.js';
import type { LabelledItem } from './items.js';
import type { LabelledPerson } from './people.js';

const pagesDir = join(process.cwd(), 'bench', 'give-first', 'pages');

export function toPerson(person: LabelledPerson): MatchablePerson {
  return {
    id: person.id,
    displayName: person.name,
    title: person.title ?? null,
    company: person.company ?? null,
    industry: person.industry ?? null,
    notes: person.notes ?? null,
    topics: person.topics ?? [],
    offers: person.offers ?? [],
    needs: person.needs ?? [],
    archived: false,
  };
}

/** The item as kith would store it: a saved page goes through the same extraction as `kith items add --file`. */
export function toItem(labelled: LabelledItem): MatchableItem & { location: string | null } {
  if (labelled.page) {
    const page = extractPage(readFileSync(join(pagesDir, labelled.page), 'utf8'));
    const title = page.title ?? '';
    return {
      kind: labelled.kind,
      title,
      text: page.text,
      topics: extractTopics(title, page.text),
      company: page.company,
      role: page.role,
      location: page.location,
    };
  }
  const title = labelled.title ?? '';
  const text = labelled.text ?? '';
  return {
    kind: labelled.kind,
    title,
    text,
    topics: extractTopics(title, text),
    company: labelled.company ?? null,
    role: labelled.role ?? null,
    location: labelled.location ?? null,
  };
}
