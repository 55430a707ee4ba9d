/**
 * Needs and offers, each graded by hand: would a person with this need be glad to be
 * introduced to someone offering this? Written for issue 17's review of introduction
 * suggestions (two false matches seen in the demo network: "speaking slots" meeting
 * supply chain needs, and two kinds of mentoring meeting), before kith was run on them.
 * Half A is the pairs a change may be tuned on; half B is held out: the bench prints
 * only its totals.
 */
export type LabelledPair = { need: string; offer: string; meets: boolean; half: 'A' | 'B' };

export const pairs: LabelledPair[] = [
  // Half A
  { half: 'A', need: 'a mentor in data engineering', offer: 'mentoring data engineers', meets: true },
  { half: 'A', need: 'mentoring on system design', offer: 'mentoring supply chain managers', meets: false },
  {
    half: 'A',
    need: 'career coaching for a first management role',
    offer: 'coaching new engineering managers',
    meets: true,
  },
  { half: 'A', need: 'a mentor for product design', offer: 'mentoring on pricing strategy', meets: false },
  {
    half: 'A',
    need: 'speaking slots at logistics conferences',
    offer: 'conference talks on supply chain',
    meets: true,
  },
  { half: 'A', need: 'supply chain expertise for hospitals', offer: 'speaking slots', meets: false },
  { half: 'A', need: 'better forecasting tools', offer: 'demand planning software', meets: true },
  { half: 'A', need: 'better forecasting tools', offer: 'speaking slots', meets: false },
  { half: 'A', need: 'hiring data engineers', offer: 'introductions to data engineers', meets: true },
  { half: 'A', need: 'a kafka expert', offer: 'stream processing consulting', meets: true },
  { half: 'A', need: 'warehouse slotting advice', offer: 'inventory optimization', meets: true },
  { half: 'A', need: 'funding for a climate startup', offer: 'mentoring on public speaking', meets: false },
  { half: 'A', need: 'a GDPR review', offer: 'data privacy audits', meets: true },
  { half: 'A', need: 'help with SQL', offer: 'teaching postgres', meets: true },
  { half: 'A', need: 'a co-founder for a fintech', offer: 'hospital staffing', meets: false },
  { half: 'A', need: 'machine learning mentoring', offer: 'mentoring in machine learning', meets: true },
  // Added 2026-12-06 from the demo network's suggestions (a related subject met a mentor or an investor)
  { half: 'A', need: 'scheduling software recommendations', offer: 'mentoring operations managers', meets: false },
  { half: 'A', need: 'supply chain expertise for hospitals', offer: 'mentoring operations managers', meets: false },
  { half: 'A', need: 'better forecasting tools', offer: 'mentoring supply chain managers', meets: false },
  { half: 'A', need: 'an FP&A manager role', offer: 'investor introductions', meets: false },
  { half: 'A', need: 'supply chain expertise for hospitals', offer: 'mentoring supply chain managers', meets: true },
  {
    half: 'A',
    need: 'scheduling software recommendations',
    offer: 'reviews of workforce scheduling tools',
    meets: true,
  },
  { half: 'A', need: 'a mentor in warehousing', offer: 'mentoring inventory managers', meets: true },
  // Half B (held out)
  { half: 'B', need: 'a mentor in supply chain', offer: 'mentoring logistics managers', meets: true },
  { half: 'B', need: 'mentoring on fundraising', offer: 'mentoring junior designers', meets: false },
  { half: 'B', need: 'coaching on public speaking', offer: 'keynote coaching', meets: true },
  { half: 'B', need: 'a mentor for engineering leadership', offer: 'mentoring on warehouse robotics', meets: false },
  { half: 'B', need: 'keynote speakers for a meetup', offer: 'speaking at meetups', meets: true },
  { half: 'B', need: 'inventory management help', offer: 'speaking slots at trade shows', meets: false },
  { half: 'B', need: 'a demand planner', offer: 'demand planning expertise', meets: true },
  { half: 'B', need: 'slots on a conference agenda', offer: 'warehouse management systems', meets: false },
  { half: 'B', need: 'help with data pipelines', offer: 'data engineering advice', meets: true },
  { half: 'B', need: 'a penetration test', offer: 'application security reviews', meets: true },
  { half: 'B', need: 'advice on kubernetes', offer: 'mentoring on kubernetes', meets: true },
  { half: 'B', need: 'a mentor in healthcare', offer: 'mentoring fintech founders', meets: false },
  { half: 'B', need: 'analytics dashboards', offer: 'power bi training', meets: true },
  { half: 'B', need: 'a tax advisor', offer: 'teaching python', meets: false },
  { half: 'B', need: 'nurse staffing', offer: 'hospital staffing', meets: true },
  { half: 'B', need: 'product management mentoring', offer: 'mentoring product managers', meets: true },
  // Added 2026-12-06, graded before kith was run on them
  { half: 'B', need: 'a new head of operations role', offer: 'mentoring warehouse supervisors', meets: false },
  { half: 'B', need: 'recommendations for a CRM tool', offer: 'coaching sales managers', meets: false },
  {
    half: 'B',
    need: 'advice on route planning software',
    offer: 'transport management system consulting',
    meets: true,
  },
  { half: 'B', need: 'a data analyst job', offer: 'venture capital introductions', meets: false },
  { half: 'B', need: 'help choosing an ERP system', offer: 'ERP implementation consulting', meets: true },
  { half: 'B', need: 'a budgeting tool for a small team', offer: 'mentoring finance managers', meets: false },
  {
    half: 'B',
    need: 'introductions to hospital procurement leads',
    offer: 'hospital purchasing contacts',
    meets: true,
  },
  { half: 'B', need: 'supplier audits in Vietnam', offer: 'factory inspections in Southeast Asia', meets: true },
  { half: 'B', need: 'a cloud cost review', offer: 'mentoring junior accountants', meets: false },
  { half: 'B', need: 'a mentor in logistics', offer: 'mentoring supply chain analysts', meets: true },
  { half: 'B', need: 'coaching for a new warehouse manager', offer: 'mentoring logistics managers', meets: true },
];
