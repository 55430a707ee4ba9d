import { freshItems } from './items-fresh.js';

/**
 * The labelled set's items and, for each, the people it is relevant to for themselves
 * or their stated needs: 2 = clearly, 1 = somewhat; everyone else 0. Judged by reading
 * each person as a whole, not by looking at what the matcher does. The two saved pages
 * from the shared fixtures are the first two cases.
 */
export type LabelledItem = {
  id: string;
  kind: 'article' | 'job' | 'resource';
  /** A saved page in ./pages, or the item's title and text. */
  page?: string;
  title?: string;
  text?: string;
  company?: string;
  role?: string;
  location?: string;
  relevant: Record<string, 1 | 2>;
  /** A: tuned on (items from before issue 13); B: held out (written for issue 13). */
  half?: 'A' | 'B';
};

const firstItems: LabelledItem[] = [
  {
    id: 'warehouse-automation',
    kind: 'article',
    page: 'article-warehouse-automation.html',
    relevant: { ada: 2, tomasz: 2, grace: 2, amara: 2, fatima: 2, pieter: 2, hannah: 1, lucia: 1, julia: 1 },
  },
  {
    id: 'senior-data-engineer',
    kind: 'job',
    page: 'job-senior-data-engineer.html',
    relevant: { jose: 2, kenji: 1 },
  },
  {
    id: 'kubernetes-costs',
    kind: 'article',
    title: 'Your Kubernetes bill is mostly idle capacity',
    text: `Most teams overprovision their clusters by half. We looked at forty production k8s clusters on AWS and GCP and found that requests set once and never revisited left nodes idle most of the day. Right-sizing requests, scaling nodes on real demand and moving batch jobs to spot capacity cut cloud spend by a third without hurting latency. FinOps only works when platform engineers see cost next to the dashboards they already watch, so put spend per namespace beside CPU and memory in your observability stack.`,
    relevant: { arjun: 2, marcus: 2, chloe: 1, mei: 1 },
  },
  {
    id: 'llm-evaluation',
    kind: 'article',
    title: 'How to evaluate an LLM feature before you ship it',
    text: `Large language models fail quietly. Before launching a generative AI feature, build an evaluation set from real user requests, grade answers with a rubric, and track regressions on every prompt or model change. Automated LLM judges help but need calibration against human ratings. Teams that treat evals like unit tests ship faster and roll back less. We also cover serving costs and how to monitor answer quality in production.`,
    relevant: { daniel: 2, ravi: 2, mei: 1 },
  },
  {
    id: 'product-designer-berlin',
    kind: 'job',
    title: 'Senior Product Designer – Design Systems',
    company: 'Wide World Importers Digital',
    role: 'Senior Product Designer',
    location: 'Berlin, Germany (hybrid)',
    text: `We are looking for a senior product designer to lead our design system and shape the interaction design of our ordering app. You will run usability testing with customers, work closely with frontend engineers on React components, and mentor two designers. Experience with design systems and accessible interaction design is essential.`,
    relevant: { lena: 2, yuki: 1, priya: 1 },
  },
  {
    id: 'nurse-staffing',
    kind: 'article',
    title: 'Forecasting admissions to fix nurse staffing',
    text: `Hospitals that forecast emergency admissions a week ahead can roster nurses to demand instead of to last year's pattern. At three NHS trusts, a simple admissions forecast fed shift scheduling, cut agency staffing costs by a fifth and reduced overtime, which nurses reported as the biggest driver of burnout. Patient flow improved because beds were staffed when patients arrived.`,
    relevant: { aaliyah: 2, michael: 2, rachel: 1, amara: 1 },
  },
  {
    id: 'csrd-scope-3',
    kind: 'article',
    title: 'CSRD is coming: what finance teams must do about scope 3',
    text: `The EU's Corporate Sustainability Reporting Directive makes sustainability reporting an audited part of the annual report. For most companies scope 3 emissions, the carbon in purchased goods and transport, are the bulk of the footprint and the hardest to measure. CFOs should start with supplier engagement on the largest categories, align carbon accounting with financial reporting controls, and expect auditors to test the numbers like any other disclosure.`,
    relevant: { nadia: 2, noah: 2, hiroshi: 1, felix: 1 },
  },
  {
    id: 'head-of-growth',
    kind: 'job',
    title: 'Head of Growth, B2B SaaS',
    company: 'Litware',
    role: 'Head of Growth',
    location: 'Remote (Europe)',
    text: `Litware, a B2B SaaS company, is hiring a Head of Growth to own acquisition and activation. You will run experimentation across onboarding, lead a demand generation team, and work with sales on pipeline. You have grown a SaaS product from product-led signups to enterprise deals.`,
    relevant: { liam: 2, 'chloe-d': 1 },
  },
  {
    id: 'gdpr-checklist',
    kind: 'resource',
    title: 'A GDPR checklist for early-stage startups',
    text: `A practical checklist for founders: map the personal data you collect, pick a lawful basis for each use, sign data processing agreements with your vendors, write a privacy notice people can read, plan breach response, and decide whether you need a data protection officer. Health and children's data need extra care.`,
    relevant: { hana: 2, sophie: 2, anna: 2, marco: 2 },
  },
  {
    id: 'fraud-detection',
    kind: 'article',
    title: 'Real-time fraud detection for instant payments',
    text: `Instant payments leave seconds to stop fraud. Banks that score each payment with a machine learning model trained on device, behaviour and network features catch twice as many scams as rules alone. The hard parts are latency, explaining declines to customers, and feeding chargebacks back as labels. Anti-money laundering teams benefit from the same features.`,
    relevant: { ben: 2, laura: 2, thomas: 2, isabel: 1 },
  },
  {
    id: 'category-manager',
    kind: 'job',
    title: 'Senior Category Manager – Indirect Procurement',
    company: 'Fabrikam Manufacturing',
    role: 'Senior Category Manager',
    location: 'Munich, Germany',
    text: `Own strategic sourcing for indirect spend: run tenders, negotiate with suppliers, and build category strategies with budget holders. You bring procurement experience and strong supplier negotiation skills.`,
    relevant: { hannah: 2 },
  },
  {
    id: 'teacher-burnout',
    kind: 'article',
    title: 'Teachers are leaving. Adaptive learning will not keep them',
    text: `Teacher retention is the quiet crisis in schools. Surveys show workload and burnout, not pay, drive teachers out of the classroom. Adaptive learning platforms promise to personalise practice for pupils, but when they add marking and data entry they make teacher wellbeing worse. School leaders who protected planning time kept more of their staff.`,
    relevant: { 'grace-l': 2, olivia: 2, david: 2, rachel: 1 },
  },
  {
    id: 'sql-course',
    kind: 'resource',
    title: 'SQL for analysts: a free course',
    text: `A free online course that takes analysts from spreadsheets to SQL: joins, aggregation, window functions and writing queries for dashboards in Tableau or Power BI. Exercises use a retail inventory dataset.`,
    relevant: { elena: 2, lucia: 2, kwame: 1 },
  },
  {
    id: 'grid-storage',
    kind: 'article',
    title: 'Batteries are now the grid’s shock absorbers',
    text: `Grid-scale battery storage has gone from pilot to the fastest way to keep the power grid stable as solar and wind grow. Batteries respond in milliseconds to frequency drops, and solar developers who pair panels with storage get grid connection sooner. Utilities are rewriting planning rules to count storage as capacity.`,
    relevant: { erik: 2, maya: 2, zainab: 1, felix: 1 },
  },
  {
    id: 'clinical-data-manager',
    kind: 'job',
    title: 'Senior Clinical Data Manager',
    company: 'Trey Clinical',
    role: 'Senior Clinical Data Manager',
    location: 'Lyon, France',
    text: `Lead data management for phase II and III clinical trials: build EDC databases, write data cleaning plans, and work with biostatistics on database lock. Experience with CDISC standards required.`,
    relevant: { ines: 2, samuel: 1 },
  },
  {
    id: 'remote-engineering',
    kind: 'article',
    title: 'Leading a remote engineering team across time zones',
    text: `Distributed teams work when managers write things down, protect overlap hours for decisions, and design on-call so that nobody is paged at 3am twice a week. Engineering managers should mentor through written feedback and rotate meeting times fairly. Burnout shows up first in the people who cover every time zone.`,
    relevant: { mei: 2, sara: 2, rachel: 2, chloe: 1 },
  },
];

/** The first set (half A, used to build and tune kith) and the items written for issue 13 (half B, held out). */
export const items: LabelledItem[] = [
  ...firstItems.map((item) => ({ ...item, half: 'A' as const })),
  ...freshItems.map((item) => ({ ...item, half: 'B' as const })),
];
