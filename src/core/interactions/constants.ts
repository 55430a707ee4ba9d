/** Constant lists of this feature, free of zod: the web UI imports them (the lint rule allows only these and types). */

export const interactionKinds = [
  'meeting',
  'call',
  'message',
  'email',
  'meal',
  'event',
  'share',
  'introduction',
  'other',
] as const;
