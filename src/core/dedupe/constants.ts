/** Constant lists of this feature, free of zod: the web UI imports them (the lint rule allows only these and types). */

/** The one-value fields where a merge can take the other person's value instead of the kept one's. */
export const mergeChoiceFields = [
  'displayName',
  'givenName',
  'familyName',
  'nickname',
  'title',
  'company',
  'industry',
  'location',
  'birthday',
  'tier',
  'cadenceDays',
  'howMet',
  'metOn',
] as const;
