import { describe, expect, it } from 'vitest';
import { type MatchableItem, rankPeopleForItem } from './match-item.js';
import type { MatchablePerson } from './profile.js';

function person(displayName: string, fields: Partial<MatchablePerson> = {}): MatchablePerson {
  return {
    id: displayName.toLowerCase().replace(/\s+/g, '-'),
    displayName,
    title: null,
    company: null,
    industry: null,
    notes: null,
    topics: [],
    offers: [],
    needs: [],
    archived: false,
    ...fields,
  };
}

function item(title: string, text: string, fields: Partial<MatchableItem> = {}): MatchableItem {
  return { kind: 'article', title, text, topics: [], company: null, role: null, ...fields };
}

const ids = (suggestions: { id: string }[]) => suggestions.map((s) => s.id);

const dataJob = item(
  'Senior Data Engineer – Streaming Platform',
  'You will design Kafka and Flink pipelines and own data contracts with producer teams. Five years of data engineering, including stream processing in production.',
  { kind: 'job', company: 'Trey Research', role: 'Senior Data Engineer', location: 'Madrid, Spain' },
);

describe('rankPeopleForItem', () => {
  it('explains a topic match with the person’s own words', () => {
    const [jose] = rankPeopleForItem(
      [person('José', { topics: ['data contracts', 'stream processing', 'pottery'] })],
      dataJob,
    );
    expect(jose?.reasons).toContain('interested in data contracts, stream processing');
  });

  it('explains needs, offers, title, industry, company and notes matches', () => {
    const article = item(
      'What warehouse automation really costs',
      'Robotic picking pays back only when demand planning is good. Northwind Traders piloted goods-to-person picking in one zone. Procurement teams should insist on throughput guarantees, logistics leaders say.',
    );
    const people = [
      person('Grace', { needs: ['speakers on warehouse automation'] }),
      person('Hannah', { title: 'Procurement Manager' }),
      person('Tomasz', { industry: 'Logistics', offers: ['warehouse tours'] }),
      person('Ada', { company: 'Northwind Traders' }),
      person('Amara', { title: 'Demand Planner', notes: 'Met at a conference; building a demand forecasting team.' }),
    ];
    const byName = new Map(rankPeopleForItem(people, article).map((s) => [s.name, s.reasons]));
    expect(byName.get('Grace')).toContain('looking for speakers on warehouse automation');
    expect(byName.get('Hannah')).toContain('works as Procurement Manager');
    expect(byName.get('Tomasz')).toEqual(
      expect.arrayContaining(['works in Logistics', 'can help with warehouse tours']),
    );
    expect(byName.get('Ada')).toContain('works at Northwind Traders, which it mentions');
    expect(byName.get('Amara')).toContain('your notes mention demand planning');
  });

  it('ranks someone looking for such a role above someone merely interested in the subject', () => {
    const people = [
      person('Kenji', { title: 'Staff Data Engineer', topics: ['stream processing', 'data contracts', 'kafka'] }),
      person('José', { needs: ['a senior data role in Madrid'] }),
      person('Lena', { title: 'Data Engineer', needs: ['open to a new role'] }),
    ];
    const ranked = rankPeopleForItem(people, dataJob);
    expect(ids(ranked).slice(0, 2).sort()).toEqual(['josé', 'lena']);
    expect(ranked.at(-1)?.id).toBe('kenji');
    expect(ranked[0]?.reasons[0]).toMatch(/^looking for|^open to/);
  });

  it('meets a role someone looks for only where the job’s title or role names it, not where its text mentions the word', () => {
    const henri = person('Henri', {
      title: 'Product Manager',
      needs: ['beta testers in logistics', 'a head of product role'],
    });
    const jose = person('José', { title: 'Data Engineer', needs: ['a senior data engineering role in Madrid'] });
    const mentions = item(
      'Senior Data Engineer',
      'You will work closely with the product team on our event pipelines.',
      {
        kind: 'job',
        role: 'Senior Data Engineer',
        location: 'Madrid, Spain',
      },
    );
    expect(ids(rankPeopleForItem([henri, jose], mentions))).toEqual(['josé']);
    expect(ids(rankPeopleForItem([henri, jose], dataJob))).toEqual(['josé']);
    const oneLine = item(
      'Backend role',
      'Five or more years of data engineering, including stream processing in production.',
      {
        kind: 'job',
      },
    );
    expect(ids(rankPeopleForItem([henri], oneLine))).toEqual([]);

    const headOfProduct = item('Head of Product', 'Own the roadmap and work with the data team.', { kind: 'job' });
    const [match] = rankPeopleForItem([henri, jose], headOfProduct);
    expect(match?.id).toBe('henri');
    expect(match?.reasons[0]).toBe('looking for a head of product role');
  });

  it('does not take someone hiring for such a role as looking for it', () => {
    const people = [
      person('Sofia', { title: 'Talent Acquisition Partner', needs: ['hiring data engineers'] }),
      person('José', { needs: ['a senior data role'] }),
    ];
    const ranked = rankPeopleForItem(people, dataJob);
    expect(ranked[0]?.id).toBe('josé');
    expect((ranked.find((s) => s.id === 'sofia')?.score ?? 0) * 5).toBeLessThan(ranked[0]?.score ?? 0);
  });

  it('matches synonyms and abbreviations from the vocabulary', () => {
    const cases: [string, string, string][] = [
      ['ML', 'Machine learning in production', 'Teams shipping machine learning models need monitoring.'],
      ['k8s', 'Running Kubernetes on a budget', 'Cluster autoscaling saves money.'],
      ['demand planning', 'Better forecasting for retailers', 'Weekly forecasts beat annual ones.'],
      ['machine learning', 'Notes on ML ops', 'ML teams and their pipelines.'],
    ];
    for (const [topic, title, text] of cases) {
      const [match] = rankPeopleForItem([person('P', { topics: [topic] })], item(title, text));
      expect(match?.reasons, `${topic} ~ ${title}`).toEqual([`interested in ${topic}`]);
    }
  });

  it('matches related skills, but below a direct match', () => {
    const article = item('A field guide to deep learning', 'Neural networks for images.');
    const ranked = rankPeopleForItem(
      [person('Related', { topics: ['machine learning'] }), person('Direct', { topics: ['neural networks'] })],
      article,
    );
    expect(ids(ranked)).toEqual(['direct', 'related']);
  });

  it('leaves out people who already received the item, and archived people', () => {
    const people = [
      person('Got it', { topics: ['kafka'] }),
      person('Archived', { topics: ['kafka'], archived: true }),
      person('New', { topics: ['kafka'] }),
    ];
    expect(ids(rankPeopleForItem(people, dataJob, { exclude: new Set(['got-it']) }))).toEqual(['new']);
  });

  it('suggests nobody when only common words are shared', () => {
    const people = [person('Generic', { topics: ['team management'], title: 'Senior Manager' })];
    expect(rankPeopleForItem(people, item('A senior team', 'The team had experience and a manager.'))).toEqual([]);
  });

  it('honours the limit', () => {
    const people = Array.from({ length: 5 }, (_, index) => person(`P${index}`, { topics: ['kafka'] }));
    expect(rankPeopleForItem(people, dataJob, { limit: 2 })).toHaveLength(2);
  });
});
