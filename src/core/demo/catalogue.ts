/**
 * Who works where, and what they care about: the generator picks a role, then draws the
 * person's title, topics, offers and needs from that role, so a generated "demand planner"
 * works in supply chain and cares about forecasting.
 */
export type Role = {
  title: string;
  topics: readonly string[];
  offers: readonly string[];
  needs: readonly string[];
};

export type Industry = {
  name: string;
  companySuffixes: readonly string[];
  roles: readonly Role[];
};

export const industries: readonly Industry[] = [
  {
    name: 'Logistics',
    companySuffixes: ['Logistics', 'Freight', 'Supply Chain', 'Distribution'],
    roles: [
      {
        title: 'Demand Planner',
        topics: ['demand planning', 'forecasting', 'S&OP', 'inventory optimization'],
        offers: ['forecast model reviews', 'advice on S&OP processes'],
        needs: ['a senior demand planning role', 'better forecasting tools'],
      },
      {
        title: 'Supply Chain Director',
        topics: ['supply chain', 'warehouse automation', 'procurement', 'resilience'],
        offers: ['introductions to logistics leaders', 'mentoring supply chain managers'],
        needs: ['experienced demand planners', 'warehouse automation vendors'],
      },
      {
        title: 'Head of Logistics',
        topics: ['last-mile delivery', 'warehouse automation', 'fleet management', 'robotics'],
        offers: ['site visits to automated warehouses', 'carrier contacts'],
        needs: ['robotics integrators', 'speakers for the logistics forum'],
      },
      {
        title: 'Procurement Manager',
        topics: ['procurement', 'supplier management', 'negotiation', 'sustainability'],
        offers: ['supplier shortlists', 'contract negotiation tips'],
        needs: ['ESG reporting expertise'],
      },
    ],
  },
  {
    name: 'Software',
    companySuffixes: ['Labs', 'Software', 'Cloud', 'Data', 'Systems'],
    roles: [
      {
        title: 'Data Engineer',
        topics: ['data engineering', 'stream processing', 'data contracts', 'Kafka', 'SQL'],
        offers: ['pipeline design reviews', 'Kafka troubleshooting'],
        needs: ['a senior data engineering role', 'a remote-first team'],
      },
      {
        title: 'Backend Engineer',
        topics: ['Kubernetes', 'Go', 'distributed systems', 'observability'],
        offers: ['code reviews', 'help with Kubernetes migrations'],
        needs: ['a staff engineer role', 'mentoring on system design'],
      },
      {
        title: 'Machine Learning Engineer',
        topics: ['machine learning', 'MLOps', 'recommendation systems', 'Python'],
        offers: ['model deployment advice', 'ML reading lists'],
        needs: ['GPU budget advice', 'a research collaboration'],
      },
      {
        title: 'Product Manager',
        topics: ['product discovery', 'user research', 'roadmapping', 'pricing'],
        offers: ['user interview practice', 'product strategy feedback'],
        needs: ['beta testers in logistics', 'a head of product role'],
      },
      {
        title: 'Engineering Manager',
        topics: ['engineering management', 'hiring', 'team health', 'career ladders'],
        offers: ['mock interviews', 'advice for new managers'],
        needs: ['senior backend engineers', 'data engineers'],
      },
      {
        title: 'Technical Recruiter',
        topics: ['recruiting', 'employer branding', 'hiring'],
        offers: ['CV reviews', 'salary benchmarks'],
        needs: ['data engineering candidates', 'machine learning candidates'],
      },
    ],
  },
  {
    name: 'Healthcare',
    companySuffixes: ['Health', 'Medical Center', 'Clinic', 'Care'],
    roles: [
      {
        title: 'Nurse Manager',
        topics: ['patient safety', 'nurse staffing', 'clinical operations'],
        offers: ['shadowing on the ward', 'staffing model templates'],
        needs: ['scheduling software recommendations'],
      },
      {
        title: 'Clinical Data Analyst',
        topics: ['healthcare analytics', 'SQL', 'data visualization', 'HL7 FHIR'],
        offers: ['dashboard reviews', 'FHIR integration advice'],
        needs: ['a data science role in healthcare'],
      },
      {
        title: 'Hospital Administrator',
        topics: ['hospital operations', 'healthcare finance', 'procurement'],
        offers: ['introductions to hospital boards'],
        needs: ['supply chain expertise for hospitals'],
      },
    ],
  },
  {
    name: 'Finance',
    companySuffixes: ['Capital', 'Partners', 'Bank', 'Financial'],
    roles: [
      {
        title: 'Financial Analyst',
        topics: ['financial modeling', 'FP&A', 'forecasting', 'Excel'],
        offers: ['model templates', 'help with investor decks'],
        needs: ['an FP&A manager role'],
      },
      {
        title: 'Risk Manager',
        topics: ['risk management', 'regulation', 'credit risk', 'compliance'],
        offers: ['regulatory reading lists', 'introductions to compliance officers'],
        needs: ['machine learning experts for credit models'],
      },
      {
        title: 'Venture Capital Associate',
        topics: ['venture capital', 'startups', 'logistics tech', 'climate tech'],
        offers: ['investor introductions', 'pitch deck feedback'],
        needs: ['founders in supply chain software'],
      },
    ],
  },
  {
    name: 'Marketing',
    companySuffixes: ['Media', 'Agency', 'Studio', 'Communications'],
    roles: [
      {
        title: 'Content Strategist',
        topics: ['content marketing', 'SEO', 'storytelling', 'B2B marketing'],
        offers: ['editing help', 'content calendars'],
        needs: ['subject matter experts to interview'],
      },
      {
        title: 'Brand Manager',
        topics: ['brand strategy', 'consumer research', 'advertising'],
        offers: ['brand workshops'],
        needs: ['a marketing director role'],
      },
      {
        title: 'Event Organizer',
        topics: ['events', 'community building', 'conferences', 'sponsorship'],
        offers: ['speaking slots', 'free conference passes'],
        needs: ['speakers on warehouse automation', 'sponsors'],
      },
    ],
  },
  {
    name: 'Manufacturing',
    companySuffixes: ['Industries', 'Manufacturing', 'Works', 'Components'],
    roles: [
      {
        title: 'Process Engineer',
        topics: ['lean manufacturing', 'six sigma', 'automation', 'robotics'],
        offers: ['factory tours', 'lean training'],
        needs: ['automation vendors'],
      },
      {
        title: 'Quality Manager',
        topics: ['quality assurance', 'ISO 9001', 'supplier audits'],
        offers: ['audit checklists'],
        needs: ['supplier management software'],
      },
      {
        title: 'Operations Director',
        topics: ['operations', 'supply chain', 'S&OP', 'capacity planning'],
        offers: ['mentoring operations managers', 'introductions to plant managers'],
        needs: ['a demand planner', 'forecasting expertise'],
      },
    ],
  },
];

export const sharedTags = ['conference', 'alumni', 'mentor', 'former colleague', 'volunteer', 'speaker', 'meetup'];

export const generalTopics = ['public speaking', 'leadership', 'remote work', 'sustainability', 'mentoring', 'writing'];
