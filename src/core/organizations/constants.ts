/** Constant lists of this feature, free of zod: the web UI imports them (the lint rule allows only these and types). */

export const organizationKinds = [
  'trade_association',
  'professional_body',
  'company',
  'alumni',
  'community',
  'other',
] as const;

export const membershipRoles = ['member', 'officer', 'speaker', 'volunteer'] as const;
