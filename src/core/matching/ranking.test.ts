import { describe, expect, it } from 'vitest';
import { type MatchableItem, rankPeopleForItem } from './match-item.js';
import type { MatchablePerson } from './profile.js';

function person(displayName: string, fields: Partial<MatchablePerson> = {}): MatchablePerson {
  return {
    id: displayName.toLowerCase(),
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

function article(title: string, text: string, fields: Partial<MatchableItem> = {}): MatchableItem {
  return { kind: 'article', title, text, topics: [], company: null, role: null, ...fields };
}

const ids = (people: readonly MatchablePerson[], item: MatchableItem) =>
  rankPeopleForItem(people, item).map((suggestion) => suggestion.id);

describe('ranking people for an item', () => {
  it('meets plurals and inflections: planners and planner, analyses and analysis, negotiating and negotiation', () => {
    const people = [
      person('Ada', { topics: ['negotiation'] }),
      person('Bo', { topics: ['regression analyses'] }),
      person('Cy', { needs: ['hiring a demand planner'] }),
    ];
    expect(ids(people, article('Negotiating with suppliers', 'How procurement teams prepare.'))).toEqual(['ada']);
    expect(ids(people, article('Regression analysis in practice', 'Worked examples.'))).toEqual(['bo']);
    expect(ids(people, article('Where demand planners come from', 'Careers in planning.'))).toEqual(['cy']);
  });

  it('keeps production and productivity apart from product, and their own forms together', () => {
    const people = [
      person('Henri', { topics: ['product'] }),
      person('Olu', { topics: ['productivity'] }),
      person('Pia', { topics: ['film productions'] }),
    ];
    expect(ids(people, article('Stream processing in production', 'Kafka and Flink pipelines.'))).toEqual([]);
    expect(ids(people, article('A productive week', 'Fewer meetings.'))).toEqual(['olu']);
    expect(ids(people, article('Film production on a budget', 'Shooting in one location.'))).toEqual(['pia']);
    expect(ids(people, article('Product discovery', 'Interviews before roadmaps.'))).toEqual(['henri']);
  });

  it('counts an ambiguous word only where the item speaks of the person’s field, in both directions', () => {
    const midwife = person('Eva', { title: 'Midwife', topics: ['labour and delivery'] });
    const courier = person('Tom', { industry: 'Logistics', topics: ['parcel delivery'] });
    const maternity = article(
      'Fewer interventions in labour and delivery',
      'Midwives in three hospitals changed how they support births.',
    );
    const parcels = article('Home delivery gets cheaper', 'Parcel delivery firms share vans in city centres.');
    expect(ids([midwife, courier], maternity)).toEqual(['eva']);
    expect(ids([midwife, courier], parcels)).toEqual(['tom']);
    const cssGrid = person('Tess', { title: 'Frontend Developer', topics: ['CSS grid layouts'] });
    const gridEngineer = person('Erik', { title: 'Grid Planning Engineer', topics: ['power grid stability'] });
    expect(
      ids([cssGrid, gridEngineer], article('Batteries steady the grid', 'Battery storage on the power grid.')),
    ).toEqual(['erik']);
  });

  it('weighs a person’s own ambiguous word against their whole field (title, industry, topics), both ways', () => {
    const frontend = person('Tess', { title: 'Frontend Developer', industry: 'Software', topics: ['grid'] });
    const power = person('Erik', { title: 'Grid Planning Engineer', industry: 'Energy', topics: ['grid'] });
    const css = article('CSS grid layouts for dashboards', 'Responsive dashboards with CSS grid and flexbox in React.');
    const batteries = article('Batteries steady the grid', 'Battery storage and solar on the power network.');
    expect(ids([frontend, power], css)).toEqual(['tess']);
    expect(ids([frontend, power], batteries)).toEqual(['erik']);

    const hr = person('Ole', { title: 'HR Business Partner', topics: ['culture'] });
    const lab = person('Bea', { title: 'Lab Scientist', industry: 'Biotech', topics: ['culture'] });
    const workplace = article('Culture eats strategy', 'Onboarding and employee engagement shape how teams hire.');
    const cells = article('Growing cell culture', 'Cell lines need sterile media and incubators.');
    expect(ids([hr, lab], workplace)).toEqual(['ole']);
    expect(ids([hr, lab], cells)).toEqual(['bea']);

    const courier = person('Lena', { title: 'Logistics Manager', topics: ['delivery'] });
    const midwife = person('Mia', { title: 'Midwife', topics: ['delivery'] });
    const routes = article('Delivery routes in dense cities', 'Vans, parcels and warehouses: routing saves fuel.');
    const births = article('Safer delivery for mothers', 'Midwives in maternity wards cut interventions.');
    expect(ids([courier, midwife], routes)).toEqual(['lena']);
    expect(ids([courier, midwife], births)).toEqual(['mia']);
  });

  it('counts an item’s unconfirmed ambiguous word for someone whose field the rest of the item speaks of', () => {
    // "lean" alone names lean manufacturing only where the item agrees with the reader's field
    const kitchen = person('Rosa', { title: 'Head Chef', topics: ['continuous improvement'] });
    const plant = person('Karl', { title: 'Plant Manager', industry: 'Manufacturing', topics: ['kaizen'] });
    const item = article('Lean kitchens', 'Fewer steps per plate: how restaurants redesign the kitchen line.');
    expect(ids([kitchen, plant], item)).toEqual(['rosa']);
    expect(rankPeopleForItem([kitchen], item)[0]?.reasons).toContain('interested in continuous improvement');
  });

  it('never counts a name as a topic: a surname that is also a word meets nothing', () => {
    const people = [
      person('Sam Baker', { title: 'Tax Advisor', topics: ['VAT'] }),
      person('Ivy Chen', { title: 'Artisan Baker', topics: ['sourdough'] }),
    ];
    expect(ids(people, article('Small bakeries buy flour together', 'Bakers cut the price of flour.'))).toEqual([
      'ivy chen',
    ]);
  });

  it('ranks a stated need above a shared interest, and for a job someone who needs the role above the merely interested', () => {
    const need = person('Raj', { needs: ['ways to cut admin time in appointments'], topics: ['primary care'] });
    const topic = person('Ann', { topics: ['admin time'] });
    const scribe = article('Cut admin time in appointments', 'Family doctors spend less time on admin with scribes.');
    expect(ids([topic, need], scribe)[0]).toBe('raj');

    const chef = article('Head Chef', 'Lead a brigade of eight in Lisbon.', {
      kind: 'job',
      role: 'Head Chef',
      location: 'Lisbon, Portugal',
    });
    const seeking = person('Rui', { title: 'Sous Chef', needs: ['a head chef position in Lisbon'] });
    const interested = person('Zoe', { title: 'Culinary Arts Instructor', topics: ['culinary education', 'chefs'] });
    expect(ids([interested, seeking], chef)[0]).toBe('rui');
  });

  it('counts where a job is: a need naming its city or remote work, and living there', () => {
    const chef = article('Head Chef', 'Lead a brigade of eight and write a seasonal menu.', {
      kind: 'job',
      role: 'Head Chef',
      location: 'Lisbon, Portugal',
    });
    const sydney = person('Kate', { title: 'Sous Chef', needs: ['a head chef job in Sydney'] });
    const lisbon = person('Rui', { title: 'Sous Chef', needs: ['a head chef position in Lisbon'] });
    expect(ids([sydney, lisbon], chef)).toEqual(['rui', 'kate']);

    const remoteJob = article(
      'Data Engineer (remote)',
      'A remote data engineering role; work from anywhere in Europe.',
      {
        kind: 'job',
        role: 'Data Engineer',
        location: 'Remote',
      },
    );
    const madrid = person('Jose', { needs: ['a data engineering role in Madrid'] });
    const remote = person('Ana', { needs: ['a remote data engineering role'] });
    expect(ids([madrid, remote], remoteJob)).toEqual(['ana', 'jose']);

    const local = person('Lia', { title: 'Sous Chef', location: 'Lisbon, Portugal' });
    const away = person('Max', { title: 'Sous Chef', location: 'Berlin, Germany' });
    const ranked = rankPeopleForItem([away, local], chef);
    expect(ranked.map((s) => s.id)).toEqual(['lia', 'max']);
    expect(ranked[0]?.reasons).toContain('based in Lisbon, Portugal, where the job is');
    // a city alone is no reason to send anyone a job
    expect(ids([person('Zed', { location: 'Lisbon, Portugal' })], chef)).toEqual([]);
  });

  it('answers nobody when nobody fits', () => {
    const people = [
      person('Ada', { topics: ['warehouse automation'] }),
      person('Bo', { title: 'Nurse', topics: ['wound care'] }),
    ];
    expect(rankPeopleForItem(people, article('Beekeeping for beginners', 'Hives, queens and honey.'))).toEqual([]);
  });
});
