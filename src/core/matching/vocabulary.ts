import { tokenize } from './terms.js';

/**
 * The professional vocabulary the matcher knows: each line is one concept, its
 * canonical name first, then synonyms and abbreviations (comma-separated); after `>`,
 * related concepts (by canonical name), which match at a lower strength.
 * Curated by hand; extend it where a field keeps missing obvious matches.
 */
const LINES = `
# data and software
machine learning, ml, statistical learning, predictive modelling, predictive modeling > artificial intelligence; data science; deep learning; mlops
artificial intelligence, ai, genai, generative ai > machine learning; large language models
deep learning, neural networks, neural network > machine learning; computer vision; natural language processing
large language models, llm, llms, large language model, gpt > natural language processing; artificial intelligence; deep learning
natural language processing, nlp, text mining, computational linguistics > large language models; machine learning
computer vision, image recognition, cv models > deep learning
mlops, ml ops, model deployment, ml platform, model serving > machine learning; devops; data engineering
model evaluation, llm evaluation, evals, model evaluations, benchmarking models > machine learning; large language models
data science, data scientist, data scientists > machine learning; statistics; analytics
data engineering, data engineer, data engineers, data pipelines, data pipeline, etl, elt > stream processing; data contracts; data warehousing; sql
stream processing, streaming data, real-time data, event streaming, kafka, flink, spark streaming > data engineering; event-driven architecture
data contracts, data contract, schema evolution, schema registry > data engineering; data governance
data governance, data quality, data catalog, data lineage > data contracts; data privacy
data warehousing, data warehouse, snowflake, bigquery, redshift, lakehouse, dbt > data engineering; sql; analytics
analytics, data analysis, data analyst, data analytics, business intelligence, bi, tableau, power bi > sql; data science; statistics
sql, postgresql, postgres, mysql, relational databases > data engineering; analytics
statistics, statistical analysis, statistician, econometrics > data science; analytics
python, pandas, python programming > data engineering; data science
kubernetes, k8s, container orchestration, helm > containers; platform engineering; devops; cloud infrastructure
containers, docker, containerization > kubernetes; devops
platform engineering, platform engineer, internal developer platform, developer platform > kubernetes; devops; site reliability engineering
devops, ci/cd, continuous delivery, continuous integration, infrastructure as code, terraform > platform engineering; site reliability engineering; cloud infrastructure
site reliability engineering, sre, observability, monitoring, incident response, on-call > devops; platform engineering
cloud infrastructure, cloud computing, aws, azure, gcp, google cloud, cloud > kubernetes; devops; cloud cost optimization
cloud cost optimization, finops, cloud costs, cloud spend, cloud cost > cloud infrastructure; kubernetes
event-driven architecture, event sourcing, microservices, distributed systems > stream processing; software architecture
software architecture, system design, architecture > event-driven architecture; software engineering
software engineering, software engineer, software engineers, software development, programming > software architecture; engineering leadership
frontend development, frontend, front-end, react, javascript, typescript, web development > software engineering; ux design
engineering leadership, engineering management, engineering manager, cto, vp engineering, engineering leaders > software engineering; remote teams; mentoring
cybersecurity, security, infosec, information security, application security, penetration testing > data privacy; compliance
# product and design
product management, product manager, product managers, product owner, product strategy, roadmap > ux design; user research; growth
ux design, user experience, ux, ui design, interaction design, product design, product designer, design systems > user research; frontend development; product management
user research, ux research, usability testing, user interviews > ux design; product management
# supply chain and operations
supply chain, supply chain management, scm, supply chains > logistics; procurement; demand planning; inventory management
logistics, freight, transportation, shipping, distribution, third-party logistics, 3pl > supply chain; warehousing; last-mile delivery
warehousing, warehouse, warehouses, distribution centre, distribution center, distribution centres, fulfillment, fulfilment > logistics; warehouse automation; inventory management
warehouse automation, robotic picking, autonomous mobile robots, amr, goods-to-person, warehouse robotics > warehousing; robotics; automation
robotics, robots, robot > warehouse automation; automation; manufacturing
automation, industrial automation, process automation > robotics; warehouse automation
demand planning, demand planner, demand planners, forecasting, demand forecasting, sales forecasting, forecast, forecasts > supply chain; inventory management; statistics; sales and operations planning
sales and operations planning, s&op, integrated business planning > demand planning; supply chain
inventory management, inventory, stock control, inventory optimization, slotting > warehousing; demand planning
procurement, purchasing, sourcing, strategic sourcing, category management, category manager, buyer, vendor management, supplier management > supply chain; negotiation
last-mile delivery, last mile, delivery > logistics
lean manufacturing, lean, six sigma, continuous improvement, kaizen, operational excellence > manufacturing; operations
manufacturing, factory, factories, plant operations > lean manufacturing; robotics; operations
operations, operations management, ops, coo, chief operating officer > supply chain; lean manufacturing
# finance
accounting, accountant, bookkeeping, financial reporting, ifrs, gaap, audit, auditing > finance
finance, corporate finance, cfo, chief financial officer, financial planning, fp&a, treasury > accounting; investing
investing, investment, venture capital, vc, private equity, fundraising, investors, angel investing > finance; startups
fintech, financial technology, payments, digital payments, payment processing, neobank, open banking > finance; fraud detection; banking
banking, bank, banks, retail banking, lending, credit risk > fintech; finance; risk management
fraud detection, fraud prevention, anti-fraud, fraud, anti-money laundering, aml, kyc > fintech; machine learning; risk management; compliance
risk management, risk, enterprise risk, actuarial, actuary, underwriting > insurance; compliance; banking
insurance, insurtech, claims, underwriters, reinsurance > risk management
# sustainability and energy
sustainability, esg, corporate sustainability, sustainability reporting, csrd > carbon accounting; climate; renewable energy
carbon accounting, carbon emissions, emissions, scope 3, greenhouse gas, ghg, net zero, decarbonization, decarbonisation > sustainability; climate
climate, climate change, climate tech, climatetech > sustainability; renewable energy; carbon accounting
renewable energy, renewables, solar, solar power, wind power, wind energy, clean energy > energy storage; power grid; climate
energy storage, battery storage, batteries, battery, grid-scale storage > renewable energy; power grid; electric vehicles
power grid, grid, electricity grid, utilities, utility, transmission > renewable energy; energy storage
electric vehicles, ev, evs, ev charging, electrification > energy storage; renewable energy
# marketing, sales, people
marketing, digital marketing, brand marketing, marketing strategy, cmo > growth; content marketing; brand
growth, growth marketing, demand generation, lead generation, performance marketing, acquisition > marketing; product management
content marketing, content strategy, copywriting, seo, search engine optimization > marketing; writing
brand, branding, brand strategy > marketing
sales, b2b sales, account executive, business development, enterprise sales, sales leadership > marketing; partnerships
partnerships, alliances, channel partnerships > sales
saas, b2b saas, software as a service > startups; product management
startups, startup, founders, founder, early-stage, entrepreneurship, entrepreneur > investing; saas
recruiting, recruiter, recruiters, talent acquisition, headhunting, sourcing candidates, tech recruiting > human resources
human resources, hr, people operations, people ops, hr business partner, chro > recruiting; compensation; employee engagement
employee engagement, burnout, wellbeing, well-being, retention, employee retention > human resources; remote teams
compensation, compensation and benefits, pay equity, total rewards > human resources
remote teams, remote work, distributed teams, hybrid work, remote-first > engineering leadership; employee engagement
mentoring, mentorship, mentor, coaching, career coaching > engineering leadership
public speaking, speaking, speakers, speaker, keynote, conference talks > events
events, event planning, conferences, conference, trade shows, trade show, meetups > public speaking
writing, blogging, newsletter, journalism > content marketing
negotiation, negotiating > procurement; sales
# healthcare and life sciences
healthcare, health care, hospital, hospitals, health system, clinics, nhs > nursing; digital health; clinical research
nursing, nurses, nurse, nurse staffing, staffing, workforce planning, shift scheduling, rostering > healthcare; scheduling
scheduling, shift planning, rota, workforce management > nursing; operations
digital health, health tech, healthtech, telemedicine, telehealth, ehr, electronic health records > healthcare
clinical research, clinical trials, clinical trial, clinical data management, clinical data, cro > healthcare; biostatistics; regulatory affairs
biostatistics, biostatistician, clinical statistics > statistics; clinical research
regulatory affairs, regulatory, fda, ema, regulatory submissions > clinical research; compliance
pharma, pharmaceutical, pharmaceuticals, biotech, biotechnology, drug discovery, life sciences > clinical research; healthcare
# legal and compliance
data privacy, privacy, gdpr, data protection, dpo, ccpa > compliance; cybersecurity; legal
compliance, regulatory compliance, governance risk and compliance, grc > legal; data privacy; risk management
legal, law, lawyer, lawyers, attorney, counsel, general counsel, legal ops, contracts law > compliance; data privacy
# education
education, teaching, teachers, teacher, schools, school, classroom, k-12 > edtech; learning and development
edtech, education technology, adaptive learning, learning platforms, e-learning, elearning, online learning, online courses > education; learning and development
learning and development, l&d, training, upskilling, reskilling, corporate training > education; human resources
higher education, university, universities, academia, lecturer, professor > education
# retail and consumer
retail, retailer, retailers, ecommerce, e-commerce, online retail, omnichannel, merchandising > supply chain; marketing
`;

export type Concept = { id: number; name: string; phrases: string[]; related: string[] };

function parse(source: string): Concept[] {
  const concepts: Concept[] = [];
  for (const line of source.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const [termsPart = '', relatedPart = ''] = trimmed.split('>');
    const phrases = termsPart
      .split(',')
      .map((term) => term.trim())
      .filter(Boolean);
    const related = relatedPart
      .split(';')
      .map((term) => term.trim())
      .filter(Boolean);
    concepts.push({ id: concepts.length, name: phrases[0] ?? '', phrases, related });
  }
  return concepts;
}

export const concepts: readonly Concept[] = parse(LINES);

/** A phrase's tokens keyed by its first token, so a scan looks up each token once. */
type PhraseEntry = { rest: string[]; conceptId: number };
const byFirstToken = new Map<string, PhraseEntry[]>();
/** related[id] = ids of concepts related to concept id (both directions). */
const relatedIds: Set<number>[] = concepts.map(() => new Set<number>());

{
  const idByName = new Map(concepts.map((concept) => [concept.name, concept.id]));
  for (const concept of concepts) {
    for (const phrase of concept.phrases) {
      const tokens = tokenize(phrase);
      const [first, ...rest] = tokens;
      if (!first) continue;
      const entries = byFirstToken.get(first) ?? [];
      entries.push({ rest, conceptId: concept.id });
      // longest phrases first, so "machine learning platform" wins over "machine learning"
      entries.sort((a, b) => b.rest.length - a.rest.length);
      byFirstToken.set(first, entries);
    }
    for (const name of concept.related) {
      const other = idByName.get(name);
      if (other === undefined) throw new Error(`vocabulary: "${concept.name}" relates to unknown "${name}"`);
      relatedIds[concept.id]?.add(other);
      relatedIds[other]?.add(concept.id);
    }
  }
}

/** Concept ids named in a token sequence, with how often each occurs; longest phrase wins at each position. */
export function findConcepts(tokens: readonly string[]): Map<number, number> {
  const found = new Map<number, number>();
  for (let index = 0; index < tokens.length; index++) {
    const entries = byFirstToken.get(tokens[index] as string);
    if (!entries) continue;
    for (const entry of entries) {
      let matches = true;
      for (let offset = 0; offset < entry.rest.length; offset++) {
        if (tokens[index + 1 + offset] !== entry.rest[offset]) {
          matches = false;
          break;
        }
      }
      if (matches) {
        found.set(entry.conceptId, (found.get(entry.conceptId) ?? 0) + 1);
        index += entry.rest.length;
        break;
      }
    }
  }
  return found;
}

export function relatedConcepts(id: number): ReadonlySet<number> {
  return relatedIds[id] ?? new Set();
}

export function conceptName(id: number): string {
  return concepts[id]?.name ?? '';
}
