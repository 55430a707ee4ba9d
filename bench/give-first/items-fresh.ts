import type { LabelledItem } from './items.js';

/**
 * Items written for issue 13 and graded by reading each person whole, before kith was
 * run on them: the held-out half. Each has a trap: a word with another sense in another
 * field, a surname that is also a word, a need said in words the item never uses, or a
 * job that someone needs beside people merely interested in its field.
 */
export const freshItems: LabelledItem[] = [
  {
    id: 'site-manager-lisbon',
    kind: 'job',
    title: 'Site Manager – residential construction',
    company: 'Atlântico Obras',
    role: 'Site Manager',
    location: 'Lisbon, Portugal',
    text: `Run two residential building sites in Lisbon: subcontractor schedules, daily safety briefings and handover to buyers. You have managed construction sites before and hold a site safety certificate.`,
    relevant: { 'f-bea': 2, 'f-gus': 1 },
  },
  {
    id: 'head-chef-lisbon',
    kind: 'job',
    title: 'Head Chef',
    company: 'Casa Alfama',
    role: 'Head Chef',
    location: 'Lisbon, Portugal',
    text: `A 60-cover restaurant in Alfama is looking for a head chef to lead a brigade of eight, write a seasonal menu around Portuguese produce and keep food costs under 30%.`,
    relevant: { 'f-rui': 2, 'f-kate': 1, 'f-iris': 1 },
  },
  {
    id: 'pipeline-corrosion',
    kind: 'article',
    title: 'Inline inspection finds corrosion that surveys missed',
    text: `Operators of ageing oil and gas pipelines are running smart pigs more often: inline inspection tools measure wall thickness along hundreds of kilometres and find external corrosion that above-ground surveys missed. Integrity engineers now combine the data with cathodic protection readings to plan digs.`,
    relevant: { 'f-hugo': 2, 'f-ana': 1 },
  },
  {
    id: 'sales-pipeline-reviews',
    kind: 'article',
    title: 'Stop running pipeline reviews as status meetings',
    text: `A weekly pipeline review should change the forecast, not recite it. Sales leaders who ask account executives what would make each deal slip, and who track forecast accuracy by rep, close more of what they commit to.`,
    relevant: { 'f-sean': 2, jake: 2 },
  },
  {
    id: 'culture-onboarding',
    kind: 'article',
    title: 'Culture is what new hires learn in their first ninety days',
    text: `Most people who leave in their first year decide to in the first three months. Companies that keep new hires give them a buddy, a clear first project and a manager check-in every week; onboarding is where culture is taught, whatever the values poster says.`,
    relevant: { 'f-lucy': 2, rachel: 2, sofia: 1 },
  },
  {
    id: 'bakery-flour',
    kind: 'article',
    title: 'Small bakeries club together to buy flour',
    text: `Independent bakers in Leeds formed a buying group and cut the price of organic flour by a fifth. Sourdough bakeries that sell wholesale to cafés found the savings paid for a second oven within a year.`,
    relevant: { 'f-ivy': 2 },
  },
  {
    id: 'heat-pumps-hospitals',
    kind: 'article',
    title: 'Heat pumps cut a hospital’s heating bill by a third',
    text: `The Royal Infirmary replaced two gas boilers with air-source heat pumps and insulated its older wards. Facilities teams report lower energy costs, and the installers say trained electricians and HVAC engineers are the bottleneck for more projects like it.`,
    relevant: { 'f-omar': 2, 'f-mia': 2, 'f-kofi': 1, 'f-sal': 1, aaliyah: 1 },
  },
  {
    id: 'apprentice-grants',
    kind: 'resource',
    title: 'Grants for taking on an apprentice in the trades',
    text: `A guide for small firms: the grants available when you take on an apprentice electrician, plumber or stonemason, how to register with a training provider, and what the vocational college covers.`,
    relevant: { 'f-dev': 2, 'f-kofi': 2, 'f-ben': 2, 'f-pat': 1 },
  },
  {
    id: 'haccp-allergens',
    kind: 'resource',
    title: 'Allergen labelling: a HACCP checklist for food businesses',
    text: `A one-page checklist for food manufacturers and restaurant kitchens: where cross-contact happens, how to record allergens in your HACCP plan, and what inspectors look for.`,
    relevant: { 'f-nina': 2, 'f-mei': 1, 'f-rui': 1, 'f-kate': 1 },
  },
  {
    id: 'gp-admin',
    kind: 'article',
    title: 'Ambient scribes give family doctors back ten minutes an hour',
    text: `Family doctors using an AI scribe that drafts the consultation note into the electronic health record spent less time typing and more time with patients. Practices report shorter clinic overruns.`,
    relevant: { 'f-raj': 2, hana: 1, aaliyah: 1 },
  },
  {
    id: 'public-tenders-smes',
    kind: 'article',
    title: 'Councils open public contracts to small local suppliers',
    text: `New procurement rules let local authorities reserve lower-value contracts for small businesses and weight social value in tender scoring. Procurement officers say the paperwork is the main barrier for small firms.`,
    relevant: { 'f-owen': 2, hannah: 1 },
  },
  {
    id: 'private-credit-analyst',
    kind: 'job',
    title: 'Private Credit Analyst',
    company: 'Danube Capital',
    role: 'Private Credit Analyst',
    location: 'Vienna, Austria',
    text: `Join a private credit fund lending to mid-sized companies in Central Europe. You will build credit models, run due diligence and monitor the loan book. Background in bank lending or credit risk welcome.`,
    relevant: { 'f-vik': 2 },
  },
  {
    id: 'holiday-pay',
    kind: 'article',
    title: 'Holiday pay for irregular hours: what changes in April',
    text: `Employers must now calculate holiday entitlement for irregular-hours and part-year workers as 12.07% of hours worked. Payroll teams should check their software and their contracts before the new leave year.`,
    relevant: { 'f-fay': 2, emma: 1, 'f-lucy': 1, 'f-ola': 1, 'f-mei': 1 },
  },
  {
    id: 'hotel-housekeeping',
    kind: 'article',
    title: 'Why hotels lose their housekeepers, and how some keep them',
    text: `Room attendants leave hotels faster than any other role. Hotels that fixed schedules two weeks ahead, paid for travel to early shifts and let attendants train for front desk roles halved their turnover.`,
    relevant: { 'f-ola': 2, 'f-iris': 1, 'f-mei': 1 },
  },
  {
    id: 'wine-by-the-glass',
    kind: 'article',
    title: 'Selling more wine by the glass',
    text: `Restaurants that put a short, changing by-the-glass list in front of guests sell more bottles too. Sommeliers recommend preservation systems for open bottles and training waiting staff to describe each wine in one sentence.`,
    relevant: { 'f-marc': 2, 'f-mei': 1, ngozi: 1 },
  },
  {
    id: 'early-reading',
    kind: 'resource',
    title: 'Phonics games for reception classes',
    text: `Twenty short games that teach letter sounds to four- and five-year-olds, with notes for teaching assistants and a simple way to track each child's progress in early reading.`,
    relevant: { 'f-jill': 2, 'grace-l': 1, olivia: 1 },
  },
];
