/** Constant lists of this feature, free of zod: the web UI imports them (the lint rule allows only these and types). */

export const eventKinds = [
  'convention',
  'conference',
  'meetup',
  'organization_meeting',
  'talk',
  'meal',
  'other',
] as const;

export const eventStatuses = ['planned', 'attended', 'skipped'] as const;

export const eventRoles = ['attendee', 'speaker', 'organizer', 'volunteer'] as const;
